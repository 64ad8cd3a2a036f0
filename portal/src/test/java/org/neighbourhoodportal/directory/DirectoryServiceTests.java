package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.domain.PersonRepository;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo directory as loaded from the seeds, and who may list people. */
@PortalTest
class DirectoryServiceTests {

    @Autowired DirectoryService directory;
    @Autowired RunAs runAs;
    @Autowired PersonRepository people;

    @Test
    void harborough_has_its_member_organisations_and_the_ppgs_of_two_practices() {
        TeamSummary harborough = runAs.person(DemoDirectoryData.MEMBER, () -> directory.allTeams()).stream()
                .filter(t -> t.name().equals(DemoDirectoryData.HARBOROUGH)).findFirst().orElseThrow();

        assertThat(harborough.icbName()).isEqualTo("NHS Leicester, Leicestershire and Rutland ICB");
        assertThat(runAs.person(DemoDirectoryData.MEMBER, () -> directory.memberOrganisations(harborough.id())))
                .extracting(OrganisationSummary::name)
                .contains("Harborough District Council", "Voluntary Action South Leicestershire (VASL)",
                        "Leicestershire Partnership NHS Trust (LPT)");
        assertThat(runAs.person(DemoDirectoryData.MEMBER, () -> directory.ppgsOfTeams(List.of(harborough.id()))))
                .extracting(PpgSummary::practiceName)
                .containsExactlyInAnyOrder("Market Harborough Medical Centre",
                        "South Leicestershire Medical Group (SLMG)");
    }

    @Test
    void mid_and_south_essex_has_four_thurrock_ints() {
        assertThat(runAs.person(DemoDirectoryData.ICB_MANAGER, () -> directory.allTeams())).filteredOn(t -> t.icbName().equals("NHS Mid and South Essex ICB"))
                .hasSize(4).allMatch(t -> t.place().equals("Thurrock"));
    }

    @Test
    void only_an_administrator_can_list_everyone_and_their_roles() {
        List<PersonSummary> people = runAs.person(DemoDirectoryData.ADMINISTRATOR, () -> directory.people());
        assertThat(people).filteredOn(p -> p.email().equals(DemoDirectoryData.LEAD)).singleElement()
                .satisfies(p -> assertThat(p.roles()).containsExactly("INT lead – Harborough INT"));

        assertThatThrownBy(() -> runAs.person(DemoDirectoryData.LEAD, () -> directory.people()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demo_passwords_are_stored_hashed() {
        assertThat(people.findByEmailIgnoreCase(DemoDirectoryData.LEAD).orElseThrow().getPasswordHash()).startsWith("{pbkdf2@").doesNotContain(DemoDirectoryData.DEMO_PASSWORD);
    }
}
