package org.neighbourhoodportal.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.neighbourhoodportal.governance.domain.AgreementSection;
import org.neighbourhoodportal.governance.domain.AgreementSectionRepository;
import org.neighbourhoodportal.governance.domain.AgreementVersion;
import org.neighbourhoodportal.governance.domain.AgreementVersionRepository;
import org.springframework.stereotype.Component;

/**
 * Versions of a ToR or MoU as form values and back: saving one (its sections and structured rules), and a version's
 * values to start the revise form with. Not a service: its callers have checked the caller through
 * {@link GovernancePolicy}.
 */
@Component
public class AgreementDrafts {

    private final AgreementVersionRepository versions;
    private final AgreementSectionRepository sections;
    private final Clock clock;

    AgreementDrafts(AgreementVersionRepository versions, AgreementSectionRepository sections, Clock clock) {
        this.versions = versions;
        this.sections = sections;
        this.clock = clock;
    }

    /** Saves a version from form values: each section with text, the quorum and decision rules, the review date. */
    public AgreementVersion saveVersion(long agreementId, int number, Map<String, Object> values, String changeNote,
                                        long by) {
        AgreementVersion version = versions.save(new AgreementVersion(agreementId, number,
                ((Number) values.get("quorumMembers")).intValue(), blankToNull((String) values.get("quorumSeats")),
                (String) values.get("decisionMethod"), (String) values.get("conflictsRule"),
                (LocalDate) values.get("reviewOn"), blankToNull(changeNote), by, clock.instant()));
        for (AgreementSections.Section section : AgreementSections.ALL) {
            String body = (String) values.get(section.key());
            if (body != null && !body.isBlank()) {
                sections.save(new AgreementSection(version.getId(), section.key(), body.strip()));
            }
        }
        return version;
    }

    /** A version as form values (the revise form starts with them). */
    public Map<String, Object> values(long agreementId, int number) {
        AgreementVersion version = versions.findByAgreementIdAndNumber(agreementId, number).orElseThrow();
        Map<String, Object> values = new HashMap<>();
        sections.findByVersionId(version.getId()).forEach(s -> values.put(s.getSectionKey(), s.getBody()));
        values.put("quorumMembers", (long) version.getQuorumMembers());
        if (version.getQuorumSeats() != null) {
            values.put("quorumSeats", version.getQuorumSeats());
        }
        values.put("decisionMethod", version.getDecisionMethod());
        values.put("conflictsRule", version.getConflictsRule());
        values.put("reviewOn", version.getReviewOn());
        return values;
    }

    /** Whether form values say the same as a version: same sections, same rules (then no new version is made). */
    public boolean sameAs(long agreementId, int number, Map<String, Object> values) {
        Map<String, Object> was = values(agreementId, number);
        for (AgreementSections.Section section : AgreementSections.ALL) {
            if (!java.util.Objects.equals(was.get(section.key()), blankToNull((String) values.get(section.key())))) {
                return false;
            }
        }
        return ((Number) was.get("quorumMembers")).longValue() == ((Number) values.get("quorumMembers")).longValue()
                && java.util.Objects.equals(was.get("quorumSeats"), blankToNull((String) values.get("quorumSeats")))
                && was.get("decisionMethod").equals(values.get("decisionMethod"))
                && was.get("conflictsRule").equals(values.get("conflictsRule"))
                && was.get("reviewOn").equals(values.get("reviewOn"));
    }

    /** A copy of a version as the next one (the annual review's new draft). */
    public AgreementVersion copy(long agreementId, int from, int to, String changeNote, long by) {
        return saveVersion(agreementId, to, values(agreementId, from), changeNote, by);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
