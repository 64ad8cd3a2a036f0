package org.neighbourhoodportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.THURROCK_LEAD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.AuditTrail.Change;
import org.neighbourhoodportal.notifications.NotificationKind;
import org.neighbourhoodportal.notifications.NotificationService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workflow.WorkItem;
import org.neighbourhoodportal.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class DirectoryAdministrationTests {

    @Autowired DirectoryAdministration administration;
    @Autowired AuditTrail audit;
    @Autowired DirectoryService directory;
    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired WorkflowService workflow;
    @Autowired NotificationService notifications;
    @Autowired LoopDriver loop;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void an_administrator_builds_an_int_with_its_organisations_people_roles_and_signatory() {
        runAs.person(ADMINISTRATOR, () -> {
            long icb = administration.saveIcb(null, "Test Shire ICB", "QT1");
            long team = administration.saveTeam(null, icb, "Riverside INT", "Riverside", "A test team");
            long surgery = administration.saveOrganisation(null, "Riverside Surgery", Sector.GENERAL_PRACTICE,
                    " c81 001 ");
            long person = administration.savePerson(null, "ana.riverside@example.nhs.uk", "Ana Reyes",
                    "Practice manager", surgery);
            administration.addMembership(team, surgery);
            administration.grantRole(person, Role.MEMBER, team);
            administration.nameSignatory(team, surgery, person);

            assertThat(administration.organisations()).anySatisfy(o -> {
                assertThat(o.name()).isEqualTo("Riverside Surgery");
                assertThat(o.odsCode()).isEqualTo("C81001");
            });
            assertThat(administration.memberOrganisations(team)).singleElement().satisfies(m -> {
                assertThat(m.signatoryName()).isEqualTo("Ana Reyes");
                assertThat(m.representatives()).extracting(PersonOption::name).containsExactly("Ana Reyes");
            });
            assertThat(administration.signatoryOf(team, surgery)).map(PersonOption::id).contains(person);
            assertThat(directory.recipients(List.of(), List.of(WorkGroups.organisationInTeam(team, surgery))))
                    .extracting(Recipient::personId).containsExactly(person);
        });
    }

    @Test
    void what_cannot_be_saved_is_said_in_plain_english_with_its_field() {
        runAs.person(ADMINISTRATOR, () -> {
            assertThatThrownBy(() -> administration.saveOrganisation(null, "Odd Codes Ltd", Sector.VCSE, "AB"))
                    .isInstanceOf(DirectoryInputException.class).hasMessageContaining("3 to 6 letters and digits")
                    .extracting(e -> ((DirectoryInputException) e).field()).isEqualTo("odsCode");
            assertThatThrownBy(() -> administration.saveOrganisation(null, "Odd Codes Ltd", Sector.VCSE, "AB-12!"))
                    .isInstanceOf(DirectoryInputException.class);
            String existing = directory.allTeams().get(0).name();
            assertThatThrownBy(() -> administration.saveTeam(null, directory.allTeams().get(0).icbId(),
                    existing.toUpperCase(), null, null))
                    .isInstanceOf(DirectoryInputException.class).hasMessage("There is already an INT called "
                            + existing.toUpperCase() + ".");
            assertThatThrownBy(() -> administration.savePerson(null, LEAD.toUpperCase(), "A second lead", null,
                    null)).isInstanceOf(DirectoryInputException.class)
                    .hasMessageContaining("already uses").extracting(e -> ((DirectoryInputException) e).field())
                    .isEqualTo("email");
            assertThatThrownBy(() -> administration.savePerson(null, "not-an-address", "Someone", null, null))
                    .isInstanceOf(DirectoryInputException.class).hasMessageContaining("e-mail address such as");
        });
    }

    @Test
    void an_int_lead_manages_roles_in_their_own_team_only_and_never_the_administrator_role() {
        long harborough = harborough();
        long thurrock = runAs.person(THURROCK_LEAD, () -> currentUser.require().ledTeams().iterator().next());
        long council = personId(COUNCIL_MEMBER);
        runAs.person(LEAD, () -> {
            long granted = administration.grantRole(council, Role.INT_LEAD, harborough);
            administration.removeRole(granted);
            assertThatThrownBy(() -> administration.grantRole(council, Role.INT_LEAD, thurrock))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.grantRole(council, Role.ADMINISTRATOR, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.deactivate(council)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.saveOrganisation(null, "Lead's own", Sector.VCSE, null))
                    .isInstanceOf(AccessDeniedException.class);
        });
        runAs.person(MEMBER, () -> assertThatThrownBy(() -> administration.rolesInTeam(harborough))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_switched_off_persons_tasks_go_back_to_their_team_and_the_lead_is_told() {
        long harborough = harborough();
        long council = personId(COUNCIL_MEMBER);
        long role = runAs.person(ADMINISTRATOR, () -> administration.grantRole(council, Role.INT_LEAD, harborough));
        try {
            long feedback = loop.submitAsPpg("Taken by someone who then left");
            WorkItem task = loop.requireTask(COUNCIL_MEMBER, feedback);
            runAs.person(COUNCIL_MEMBER, () -> workflow.claim(task.id()));
            assertThat(runAs.person(LEAD, () -> workflow.task(task.id())).assigneeName()).isNotNull();

            runAs.person(ADMINISTRATOR, () -> administration.deactivate(council));

            WorkItem back = runAs.person(LEAD, () -> workflow.task(task.id()));
            assertThat(back.assigneeId()).as("nobody on it").isNull();
            assertThat(runAs.person(LEAD, () -> workflow.teamTasks(0, 500))).extracting(WorkItem::id)
                    .contains(task.id());
            assertThat(runAs.person(LEAD, () -> notifications.latest(0, 20)))
                    .anySatisfy(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.TASKS_RETURNED);
                        assertThat(n.title()).contains("can no longer use the portal");
                        assertThat(n.body()).contains(task.name());
                    });
            assertThat(runAs.person(ADMINISTRATOR, () -> administration.people(0, 500)))
                    .filteredOn(p -> p.id() == council).singleElement()
                    .satisfies(p -> assertThat(p.active()).isFalse());
        } finally {
            runAs.person(ADMINISTRATOR, () -> {
                administration.reactivate(council);
                administration.removeRole(role);
            });
        }
    }

    @Test
    void the_audit_trail_shows_who_changed_a_person_and_each_field_before_and_after() {
        runAs.person(ADMINISTRATOR, () -> {
            long org = administration.saveOrganisation(null, "Audit Test Trust", Sector.COMMUNITY_HEALTH, "RAT");
            long person = administration.savePerson(null, "sam.audit@example.nhs.uk", "Sam Audit", "Nurse", org);
            administration.savePerson(person, "sam.audit@example.nhs.uk", "Sam Audit", "Lead nurse", org);

            List<Change> changes = audit.changes(0, 5);
            Change changed = changes.get(0);
            assertThat(changed.action()).isEqualTo("Changed");
            assertThat(changed.what()).isEqualTo("Person: Sam Audit");
            assertThat(changed.who()).isEqualTo(currentUser.require().displayName());
            assertThat(changed.fields()).containsExactly(new AuditTrail.FieldChange("Job title", "Nurse",
                    "Lead nurse"));
            assertThat(changes).anySatisfy(c -> {
                assertThat(c.action()).isEqualTo("Added");
                assertThat(c.what()).isEqualTo("Person: Sam Audit");
                assertThat(c.fields()).contains(new AuditTrail.FieldChange("Organisation", "", "Audit Test Trust"));
            });
        });
        runAs.person(LEAD, () -> assertThatThrownBy(() -> audit.changes(0, 5))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void the_audit_trail_reads_a_fixed_number_of_statements_for_a_short_or_a_long_page() {
        runAs.person(ADMINISTRATOR, () -> {
            for (int i = 0; i < 12; i++) { // rounds of four revisions, each of the same kinds
                long trust = administration.saveOrganisation(null, "Budget trail " + i, Sector.VCSE, null);
                long person = administration.savePerson(null, "trail" + i + "@example.org", "Trail " + i, null, trust);
                administration.savePerson(person, "trail" + i + "@example.org", "Trail " + i, "Volunteer", trust);
                administration.saveOrganisation(trust, "Budget trail " + i, Sector.VCSE, "BT" + (100 + i));
            }
            int few = org.neighbourhoodportal.support.StatementCounter.count(() -> audit.changes(0, 8));
            int many = org.neighbourhoodportal.support.StatementCounter.count(() -> audit.changes(0, 40));
            assertThat(audit.changes(0, 40)).hasSizeGreaterThanOrEqualTo(40);
            assertThat(many).as("statements for 40 revisions, against " + few + " for 8").isEqualTo(few)
                    .isLessThanOrEqualTo(20);
        });
    }

    @Test
    void nobody_can_remove_the_last_administrator() {
        // other tests in this context may have made administrators of their own: take theirs away first, in a
        // transaction rolled back at the end, so the demo administrator is the last one
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            runAs.person(ADMINISTRATOR, () -> {
                long me = currentUser.require().personId();
                for (var person : administration.people(0, 10_000)) {
                    if (person.id() != me) {
                        administration.rolesOf(person.id()).stream().filter(r -> r.role() == Role.ADMINISTRATOR)
                                .forEach(r -> administration.removeRole(r.id()));
                    }
                }
                long mine = administration.rolesOf(me).stream()
                        .filter(r -> r.role() == Role.ADMINISTRATOR).findFirst().orElseThrow().id();
                assertThatThrownBy(() -> administration.removeRole(mine)).isInstanceOf(DirectoryInputException.class)
                        .hasMessageContaining("at least one administrator");
            });
        });
    }

    private long harborough() {
        return runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
    }

    private long personId(String email) {
        return runAs.person(email, () -> currentUser.require().personId());
    }
}
