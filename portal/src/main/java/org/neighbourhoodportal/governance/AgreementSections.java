package org.neighbourhoodportal.governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections of a ToR or MoU, in order, as {@code shared/REFERENCE.md} lists them; the required ones must have
 * text (the forms refuse a draft without them). Keys are the form fields' and the {@code agreement_section} rows'.
 */
public final class AgreementSections {

    /** One section: its key, heading, and whether a draft must have it. */
    public record Section(String key, String heading, boolean required) {
    }

    public static final List<Section> ALL = List.of(
            new Section("purpose", "Purpose and scope", true),
            new Section("status", "Status", true),
            new Section("membership", "Parties and membership", true),
            new Section("chair", "Chair", false),
            new Section("quorum", "Quorum", true),
            new Section("decisions", "How decisions are made", true),
            new Section("interests", "Declarations of interest", true),
            new Section("information", "Information governance and data sharing", false),
            new Section("meetings", "Meeting frequency and papers", false),
            new Section("review", "Review, variation, withdrawal and dispute resolution", true),
            new Section("signatories", "Signatories", true));

    public static final int BODY_LENGTH = 4000;

    /** How decisions are taken (the {@code decisionMethod} field), in words. */
    public static final Map<String, String> DECISION_METHODS = Map.of(
            "consensus", "By consensus, escalated to the senior sponsor if none is reached",
            "simple-majority", "By a simple majority of members present",
            "two-thirds", "By a two-thirds majority of members present");

    /** How conflicts of interest are handled (the {@code conflictsRule} field), in words. */
    public static final Map<String, String> CONFLICT_RULES = Map.of(
            "declare-and-leave", "Declared, and the member leaves for that item",
            "declare-no-decision", "Declared, and the member stays but does not take part in the decision",
            "declare-chair-decides", "Declared, and the member takes part as agreed by the chair");

    private AgreementSections() {
    }

    public static Optional<Section> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public static String heading(String key) {
        return byKey(key).map(Section::heading).orElse(key);
    }
}
