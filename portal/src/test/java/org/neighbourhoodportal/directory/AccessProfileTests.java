package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessProfileTests {

    @Test
    void work_groups_follow_the_roles_held_in_each_scope() {
        AccessProfile profile = new AccessProfile(7, "Sam", 40L, Set.of(1L), Set.of(2L), Map.of(9L, 1L), Set.of(3L),
                Set.of(5L, 6L), false);

        assertThat(profile.workGroups()).containsExactlyInAnyOrder(
                "team:1:lead", "team:2:member", "team:2:org:40", "ppg:9", "icb:3:manager",
                "team:1:person:7", "team:2:person:7");
        assertThat(profile.teamsInView()).containsExactlyInAnyOrder(1L, 2L, 5L, 6L);
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.INT_LEAD, Role.MEMBER, Role.PPG_REPRESENTATIVE,
                Role.ICB_MANAGER);
    }

    @Test
    void a_ppg_representative_alone_sees_no_team_as_an_insider() {
        AccessProfile rep = new AccessProfile(8, "Pat", null, Set.of(), Set.of(), Map.of(9L, 1L), Set.of(), Set.of(),
                false);

        assertThat(rep.teamsInView()).isEmpty();
        assertThat(rep.representsPpg(9L)).isTrue();
        assertThat(rep.workGroups()).containsExactly("ppg:9");
    }
}
