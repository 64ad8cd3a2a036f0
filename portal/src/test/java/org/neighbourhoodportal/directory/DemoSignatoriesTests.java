package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.HARBOROUGH;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo data names a designated signatory for every member organisation of Harborough INT, so the governance and
 * funding workflows have someone to route signing to; each works for the organisation and represents it there.
 * Read on a context of its own: other tests switch people off and add organisations in the shared one.
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=demo-signatories")
class DemoSignatoriesTests {

    @Autowired DirectoryAdministration administration;
    @Autowired DirectoryService directory;
    @Autowired RunAs runAs;

    @Test
    void every_harborough_member_organisation_has_a_signatory_who_represents_it() {
        long harborough = runAs.person(ADMINISTRATOR, () -> directory.allTeams()).stream()
                .filter(t -> t.name().equals(HARBOROUGH)).findFirst().orElseThrow().id();
        // other tests in this shared context add organisations of their own ("Budget organisation 1"); the demo's are
        // the sixteen others
        List<OrganisationSummary> members = runAs.person(MEMBER, () -> directory.memberOrganisations(harborough))
                .stream().filter(o -> !o.name().startsWith("Budget organisation")).toList();
        assertThat(members).hasSize(16);
        runAs.person(MEMBER, () -> members.forEach(o -> assertThat(administration.signatoryOf(harborough, o.id()))
                .as("signatory of " + o.name()).isPresent().get()
                .satisfies(p -> assertThat(p.organisation()).isEqualTo(o.name()))));
        // the INT lead signs for her own organisation; everyone else who signs holds the member role
        runAs.person(ADMINISTRATOR, () -> assertThat(administration.memberOrganisations(harborough))
                .filteredOn(m -> !m.name().startsWith("LLR ICB") && !m.name().startsWith("Budget organisation"))
                .allSatisfy(m -> assertThat(m.representatives()).extracting(PersonOption::id)
                        .contains(m.signatoryId())));
    }
}
