package org.neighbourhoodportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;
import static org.neighbourhoodportal.directory.DemoDirectoryData.SECOND_PPG_REP;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * UK GDPR: a person's data exported and a person erased (on a context of its own, since a demo person is erased), and
 * personal data kept out of the process engine.
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=personal-data")
class PersonalDataTests {

    @Autowired PersonalDataService personalData;
    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired LoopDriver loop;
    @Autowired JdbcClient jdbc;
    @Autowired DirectoryService directory;
    @Autowired UserDetailsService users;

    @Test
    void every_table_that_refers_to_a_person_has_a_decision_for_erasure() {
        List<String> keys = personalData.keysToPerson().stream().map(k -> k[0] + "." + k[1]).toList();

        assertThat(keys).as("tables with a key to person, read from the database").contains(
                "feedback_item.submitted_by", "role_assignment.person_id");
        assertThat(PersonalDataService.ERASE.keySet()).as("add a KEEP or DELETE decision for each new table")
                .containsAll(keys);
    }

    @Test
    void the_export_holds_the_persons_entry_roles_feedback_and_timeline_and_no_secrets() {
        long feedbackId = loop.submitAsPpg("Export test: parking at the surgery");
        long rep = personId(PPG_REP);

        String export = new String(runAs.person(ADMINISTRATOR, () -> personalData.export(rep)),
                StandardCharsets.UTF_8);

        assertThat(export).contains("\"email\" : \"" + PPG_REP + "\"")
                .contains("role_assignment (by person_id)").contains("PPG_REPRESENTATIVE")
                .contains("feedback_item (by submitted_by)").contains("Export test: parking at the surgery")
                .contains("timeline_entry (by actor_id)").contains("\"id\" : " + feedbackId)
                .doesNotContain("password_hash").doesNotContain("pbkdf2").doesNotContain("{bcrypt}");
        assertThatThrownBy(() -> runAs.person(LEAD, () -> personalData.export(rep)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void an_erased_person_is_a_former_member_on_records_and_timelines_and_cannot_sign_in() {
        // the second PPG's representative, so the other tests here keep theirs whatever the order
        long feedbackId = loop.submit(SECOND_PPG_REP, "Erase test: the waiting room chairs");
        long rep = personId(SECOND_PPG_REP);
        String name = runAs.person(ADMINISTRATOR, () -> directory.personName(rep));

        runAs.person(ADMINISTRATOR, () -> personalData.erase(rep));

        assertThat(runAs.person(ADMINISTRATOR, () -> directory.personName(rep)))
                .isEqualTo(PersonalDataService.FORMER_MEMBER);
        assertThat(jdbc.sql("select actor_name from timeline_entry where record_kind = 'feedback' and record_id = ? and actor_id = ?")
                .params(feedbackId, rep).query(String.class).list()).isNotEmpty()
                .allMatch(PersonalDataService.FORMER_MEMBER::equals);
        assertThat(jdbc.sql("select count(*) from feedback_item where id = ?").param(feedbackId)
                .query(Integer.class).single()).as("the record stays").isOne();
        assertThat(jdbc.sql("select count(*) from person_aud where id = ? and (email is not null or display_name <> ?)")
                .params(rep, PersonalDataService.FORMER_MEMBER).query(Integer.class).single())
                .as("no earlier version in the audit history keeps their name or e-mail").isZero();
        assertThat(jdbc.sql("select count(*) from person where email = ? or display_name = ?")
                .params(SECOND_PPG_REP, name).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from role_assignment where person_id = ?").param(rep)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification_outbox where person_id = ?").param(rep)
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> users.loadUserByUsername(SECOND_PPG_REP)).as("nobody can sign in with the old address")
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void administrators_cannot_erase_themselves() {
        long admin = personId(ADMINISTRATOR);
        assertThatThrownBy(() -> runAs.person(ADMINISTRATOR, () -> personalData.erase(admin)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * After a whole feedback loop, the engine's variables and history hold ids and routing choices only: none of the
     * words people wrote, the PPG representative's name or address, or whether patients may be contacted.
     */
    @Test
    void the_engine_holds_no_contact_details_names_or_free_text_after_a_feedback_loop() {
        String words = "Engine scan: Mrs Example at 12 Acacia Avenue";
        long feedbackId = loop.submitAsPpg(words);
        loop.completeOk(LEAD, feedbackId, Map.of("acknowledgement", "Thanks to Mrs Example, we have it."));
        loop.completeOk(LEAD, feedbackId, Map.of("route", "answer"));
        loop.completeOk(LEAD, feedbackId, Map.of("response", "We wrote to Mrs Example at Acacia Avenue."));
        loop.completeOk(PPG_REP, feedbackId, Map.of("outcome", "closed"));
        String repName = runAs.person(ADMINISTRATOR, () -> directory.personName(personId(PPG_REP)));

        StringBuilder engine = new StringBuilder();
        for (String query : List.of(
                "select concat(coalesce(NAME_, ''), '=', coalesce(TEXT_, ''), '|', coalesce(TEXT2_, '')) from ACT_HI_VARINST",
                "select concat(coalesce(NAME_, ''), '=', coalesce(TEXT_, ''), '|', coalesce(TEXT2_, '')) from ACT_RU_VARIABLE",
                "select concat(coalesce(NAME_, ''), '=', coalesce(TEXT_, ''), '|', coalesce(TEXT2_, '')) from ACT_HI_DETAIL",
                "select concat(coalesce(START_USER_ID_, ''), '|', coalesce(BUSINESS_KEY_, '')) from ACT_HI_PROCINST",
                "select concat(coalesce(NAME_, ''), '|', coalesce(ASSIGNEE_, ''), '|', coalesce(OWNER_, '')) from ACT_HI_TASKINST")) {
            jdbc.sql(query).query(String.class).list().forEach(row -> engine.append(row).append('\n'));
        }
        jdbc.sql("select BYTES_ from ACT_GE_BYTEARRAY where NAME_ not like '%.bpmn' and NAME_ not like '%.dmn' "
                + "and NAME_ not like '%.png' and NAME_ not like '%.form'").query((rs, n) -> rs.getBytes(1)).list()
                .forEach(bytes -> engine.append(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1)));
        String scanned = engine.toString();

        assertThat(scanned).as("the scan read the loop's variables").contains("route=answer");
        assertThat(scanned).doesNotContain("Mrs Example").doesNotContain("Acacia").doesNotContain(PPG_REP)
                .doesNotContain(repName).doesNotContain("mayContact");
    }

    private long personId(String email) {
        return runAs.person(email, () -> currentUser.require().personId());
    }
}
