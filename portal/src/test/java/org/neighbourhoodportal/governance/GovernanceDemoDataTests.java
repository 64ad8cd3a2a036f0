package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The governance demo, loaded by the demo runner as the lead through the services, leaves what a newcomer should see. */
@PortalTest
class GovernanceDemoDataTests {

    @Autowired RunAs runAs;
    @Autowired LeadershipGroupService groups;
    @Autowired AgreementService agreements;

    @Test
    void harborough_has_a_confirmed_group_a_signed_tor_in_force_and_a_revision_out_for_comment() {
        // the demo profile's runner loaded it as the context started (DemoDataRunner)
        assertThat(runAs.person(MEMBER, () -> groups.list())).filteredOn(g -> g.name()
                .equals("Harborough INT leadership group")).singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(GroupStatus.CONFIRMED));
        assertThat(runAs.person(LEAD, () -> agreements.list())).extracting(AgreementRow::status)
                .contains(AgreementStatus.IN_FORCE, AgreementStatus.COMMENTING);
        long inForce = runAs.person(LEAD, () -> agreements.list()).stream()
                .filter(a -> a.status() == AgreementStatus.IN_FORCE).findFirst().orElseThrow().id();
        AgreementDetails tor = runAs.person(LEAD, () -> agreements.details(inForce));
        assertThat(tor.inForceVersion()).isEqualTo(2);
        assertThat(tor.signatures()).isNotEmpty();
        assertThat(tor.comments()).anyMatch(AgreementDetails.CommentView::objection);
    }
}
