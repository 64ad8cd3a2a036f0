package org.neighbourhoodportal.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.neighbourhoodportal.directory.PersonAccounts;
import org.neighbourhoodportal.directory.PersonAccounts.AccountHolder;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights under UK GDPR (docs/adr/0016): a copy of everything the portal holds about them (right of
 * access, article 15) as one JSON file, and erasure of a person who has left (article 17), keeping the records whole.
 *
 * <p>Where personal data lives is found, not listed by hand: every table with a foreign key to {@code person} (read
 * from the database's own metadata, so a new feature's table is included without a change here), plus the few
 * places that hold a person's name or address without a key ({@link #COPIED_NAMES}, the sign-in counts). Erasure
 * decides per table in {@link #ERASE}; a test fails when a table with a key to {@code person} has no decision.
 * The process engine holds ids only (the history's variables carry no names, contact details or free text, see
 * {@code PersonalDataOutOfTheEngineTests}), so nothing there needs erasing.
 *
 * <p>Who may call: administrators only; anyone else gets {@link NotAllowedException}.
 */
@Service
@Transactional
public class PersonalDataService {

    /** The name shown in place of an erased person's on every record and timeline. */
    public static final String FORMER_MEMBER = "Former member";

    /** What erasure does with a table's rows about the person (by the foreign key column). */
    enum Erase {
        /** A record of the team's (feedback, a work plan row, a report): kept; their name goes with the person row. */
        KEEP,
        /** About the person only (roles, notifications, links): deleted. */
        DELETE
    }

    /** Every table with a key to person, and what erasure does with its rows. Lower case "table.column". */
    static final Map<String, Erase> ERASE = Map.ofEntries(
            Map.entry("role_assignment.person_id", Erase.DELETE),
            Map.entry("notification.person_id", Erase.DELETE),
            Map.entry("notification_outbox.person_id", Erase.DELETE),
            Map.entry("notification_preference.person_id", Erase.DELETE),
            Map.entry("account_token.person_id", Erase.DELETE),
            Map.entry("account_token.created_by", Erase.KEEP),
            Map.entry("feedback_item.submitted_by", Erase.KEEP),
            Map.entry("timeline_entry.actor_id", Erase.KEEP),
            Map.entry("attachment.created_by", Erase.KEEP),
            Map.entry("attachment_version.added_by", Erase.KEEP),
            Map.entry("designated_signatory.person_id", Erase.DELETE),
            Map.entry("further_answer.answered_by", Erase.KEEP),
            Map.entry("response_round.opened_by", Erase.KEEP),
            Map.entry("response_round.closed_by", Erase.KEEP),
            Map.entry("response_round_party.answered_by", Erase.KEEP),
            Map.entry("ppg_proposal.created_by", Erase.KEEP),
            // --- governance: who formed a group and who was nominated stay on the group's record, the name erased ---
            Map.entry("leadership_group.created_by", Erase.KEEP),
            Map.entry("leadership_nomination.nominee_id", Erase.KEEP),
            Map.entry("leadership_nomination.nominated_by", Erase.KEEP),
            Map.entry("agreement.created_by", Erase.KEEP),
            Map.entry("agreement_version.created_by", Erase.KEEP),
            Map.entry("agreement_comment.author_id", Erase.KEEP),
            // a signature is the organisation's recorded approval: its name and role stay as signed
            Map.entry("agreement_signature.signer_id", Erase.KEEP),
            Map.entry("ppg_proposal_response.responder_id", Erase.KEEP),
            Map.entry("priority.lead_person_id", Erase.KEEP),
            Map.entry("priority.changed_by", Erase.KEEP),
            Map.entry("plan_action.owner_person_id", Erase.KEEP),
            Map.entry("plan_action.changed_by", Erase.KEEP),
            Map.entry("priority_update.author_id", Erase.KEEP),
            Map.entry("risk.owner_person_id", Erase.KEEP),
            Map.entry("risk.changed_by", Erase.KEEP),
            Map.entry("baseline.taken_by", Erase.KEEP),
            Map.entry("highlight_report.compiled_by", Erase.KEEP),
            Map.entry("highlight_report.approved_by", Erase.KEEP),
            Map.entry("highlight_report.started_by", Erase.KEEP),
            Map.entry("highlight_report_priority.owner_id", Erase.KEEP),
            Map.entry("highlight_report_priority.updated_by", Erase.KEEP),
            // --- maturity self-assessments: the record of who assessed and owned a domain stays, named "Former member"
            Map.entry("maturity_assessment.opened_by", Erase.KEEP),
            Map.entry("maturity_domain_entry.owner_id", Erase.KEEP),
            Map.entry("maturity_domain_entry.recorded_by", Erase.KEEP),
            // --- consultation (issue 13): who set up, approved, drafted and sent stays credited, as on paper ---
            Map.entry("consultation.created_by", Erase.KEEP),
            Map.entry("consultation.approved_by", Erase.KEEP),
            Map.entry("consultation_response.updated_by", Erase.KEEP),
            Map.entry("consultation_response.submitted_by", Erase.KEEP),
            Map.entry("consultation_theme.created_by", Erase.KEEP),
            // --- funding bids: who logged a bid, and who spoke or signed for an organisation, stay on its record ---
            Map.entry("funding_bid.created_by", Erase.KEEP),
            Map.entry("funding_partner.answered_by", Erase.KEEP),
            Map.entry("funding_partner.committed_by", Erase.KEEP),
            // --- governance meetings: the record of who attended, declared, decided and owns an action is the
            // group's; the name goes with the person row ---
            Map.entry("meeting.created_by", Erase.KEEP),
            Map.entry("meeting_attendance.person_id", Erase.KEEP),
            Map.entry("meeting_declaration.person_id", Erase.KEEP),
            Map.entry("meeting_declaration.recorded_by", Erase.KEEP),
            Map.entry("meeting_decision.recorded_by", Erase.KEEP),
            Map.entry("meeting_action.owner_id", Erase.KEEP),
            Map.entry("meeting_action.created_by", Erase.KEEP),
            // --- INT profiles (issue 11): who last changed the team's profile, as on any record ---
            Map.entry("int_profile.updated_by", Erase.KEEP),
            // --- framework versions (issue 11): who started, changed and published a version stays on its record ---
            Map.entry("framework.created_by", Erase.KEEP),
            Map.entry("framework.changed_by", Erase.KEEP),
            Map.entry("framework.published_by", Erase.KEEP));

    /** Names copied onto records when they were written (table, key column or null, name column). */
    static final List<String[]> COPIED_NAMES = List.of(
            new String[] {"timeline_entry", "actor_id", "actor_name"},
            new String[] {"priority_update", "author_id", "author_name"},
            new String[] {"highlight_report_priority", "owner_id", "owner_name"},
            new String[] {"highlight_report_priority", "updated_by", "updated_by_name"});

    /** Columns never put in an export: secrets, not data about the person. */
    private static final Set<String> NEVER_EXPORTED = Set.of("password_hash", "token_hash");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PersonAccounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    PersonalDataService(JdbcClient jdbc, DataSource dataSource, PersonAccounts accounts, CurrentUser currentUser,
                        Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Everything the portal holds about the person, as a JSON document: their directory entry, and for every table
     * that refers to them, its rows about them (feedback they sent, timeline entries, responses, work they own,
     * notifications and e-mails, invitations, sign-in counts). Secrets (password hash, link hashes, the text of
     * e-mails carrying a link) are left out.
     *
     * @return the file's bytes (UTF-8 JSON)
     * @throws NotAllowedException when the caller is not an administrator, or there is no such person
     */
    @Transactional(readOnly = true)
    public byte[] export(long personId) {
        requireAdministrator();
        AccountHolder person = accounts.byId(personId)
                .orElseThrow(() -> new NotAllowedException("There is no such person."));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("about", "Everything the Neighbourhood Portal holds about " + person.displayName()
                + ", exported " + clock.instant() + " (UK GDPR article 15). Each section is a table of the portal's "
                + "database; ids refer to other records of the portal.");
        document.put("person", rows("person", "id", personId).get(0));
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (String[] key : keysToPerson()) {
            List<Map<String, Object>> rows = rows(key[0], key[1], personId);
            if (!rows.isEmpty()) {
                tables.put(key[0] + " (by " + key[1] + ")", rows);
            }
        }
        tables.put("sign_in_throttle (wrong passwords typed for the address)", jdbc.sql(
                "select * from sign_in_throttle where throttle_key = ?")
                .param("account:" + person.email().toLowerCase(Locale.ROOT)).query(PersonalDataService::row).list());
        tables.put("open_work (tasks picked up now)", jdbc.sql("select * from open_work where assignee = ?")
                .param(String.valueOf(personId)).query(PersonalDataService::row).list());
        document.put("records", tables);
        try {
            return json.writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write the export", e);
        }
    }

    /**
     * Erases a person who has left: their name becomes "Former member" on their directory entry and on every record
     * and timeline that copied it; their e-mail address, job title and organisation are removed; they can no longer
     * sign in (switched off, no password, no roles); their notifications, e-mails, preferences and links are deleted.
     * The team's records they took part in (feedback, responses, updates, reports) are kept, with their name replaced.
     *
     * @throws NotAllowedException      when the caller is not an administrator, or there is no such person
     * @throws IllegalArgumentException when administrators try to erase themselves
     */
    public void erase(long personId) {
        long me = requireAdministrator();
        if (me == personId) {
            throw new IllegalArgumentException("You cannot erase yourself: ask another administrator.");
        }
        AccountHolder person = accounts.byId(personId)
                .orElseThrow(() -> new NotAllowedException("There is no such person."));
        for (String[] copied : COPIED_NAMES) {
            if (copied[1] == null) {
                jdbc.sql("update " + copied[0] + " set " + copied[2] + " = ? where " + copied[2] + " = ?")
                        .params(FORMER_MEMBER, person.displayName()).update();
            } else {
                jdbc.sql("update " + copied[0] + " set " + copied[2] + " = ? where " + copied[1] + " = ?")
                        .params(FORMER_MEMBER, personId).update();
            }
        }
        for (String[] key : keysToPerson()) {
            if (ERASE.get(key[0] + "." + key[1]) == Erase.DELETE) {
                jdbc.sql("delete from " + key[0] + " where " + key[1] + " = ?").param(personId).update();
            }
        }
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param("account:" + person.email().toLowerCase(Locale.ROOT)).update();
        jdbc.sql("update person set display_name = ?, email = ?, job_title = null, organisation_id = null, "
                        + "password_hash = ?, enabled = ? where id = ?")
                .params(FORMER_MEMBER, "former-member-" + personId + "@erased.invalid", accounts.unusablePassword(),
                        false, personId).update();
        // the audit history (Envers) keeps earlier versions of the person: their name, e-mail and job go there too
        jdbc.sql("update person_aud set display_name = ?, email = null, job_title = null where id = ?")
                .params(FORMER_MEMBER, personId).update();
    }

    /** Every (table, column) with a foreign key to person, lower case, from the database's own metadata. */
    List<String[]> keysToPerson() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> keys = new ArrayList<>();
            for (String name : List.of("person", "PERSON")) {
                try (ResultSet rs = meta.getExportedKeys(connection.getCatalog(), connection.getSchema(), name)) {
                    while (rs.next()) {
                        keys.add(new String[] {rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
                    }
                }
                if (!keys.isEmpty()) {
                    break;
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which tables refer to people", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<Map<String, Object>> rows(String table, String column, long personId) {
        if (!table.matches("[a-z_0-9]+") || !column.matches("[a-z_0-9]+")) {
            throw new IllegalStateException("Unexpected table name " + table + "." + column);
        }
        List<Map<String, Object>> rows = jdbc.sql("select * from " + table + " where " + column + " = ?")
                .param(personId).query(PersonalDataService::row).list();
        if (table.equals("notification_outbox")) {
            rows.forEach(r -> {
                if ("ACCOUNT_EMAIL".equals(r.get("kind"))) {
                    r.put("body", "(not exported: it may carry a link to set the password)");
                }
            });
        }
        return rows;
    }

    private static Map<String, Object> row(ResultSet rs, int n) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            String column = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (NEVER_EXPORTED.contains(column)) {
                continue;
            }
            Object value = rs.getObject(i);
            row.put(column, value instanceof Timestamp t ? t.toInstant().toString()
                    : value instanceof java.sql.Clob || value instanceof byte[] ? String.valueOf(rs.getString(i))
                    : value == null ? null : value instanceof Number || value instanceof Boolean ? value
                    : value.toString());
        }
        return row;
    }

    private long requireAdministrator() {
        var me = currentUser.require();
        if (!me.administrator()) {
            throw new NotAllowedException("Only an administrator can export or erase a person's data.");
        }
        return me.personId();
    }
}
