package org.neighbourhoodportal.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.ui.Formats;

/**
 * Whether a decision was taken with a quorum, and without an undeclared or mishandled conflict of interest, under
 * the ToR in force on the meeting's date. A plain rule, not a decision table: see ADR 0022 for why.
 *
 * <p>The rules, as the meeting page and the decisions log say them:
 * <ol>
 *   <li><b>No ToR in force</b> on the meeting's date: the quorum cannot be checked, so the decision is flagged.</li>
 *   <li><b>Who counts towards the quorum</b>: members of the leadership group (people holding a seat) recorded as
 *       present, less those who declared an interest in the item and left or took no part in its decision.</li>
 *   <li><b>Quorate</b> when at least the ToR's number of members count, and every seat the ToR says must be present
 *       is held by someone who counts (seat names compared ignoring case and spaces at the ends).</li>
 *   <li><b>A mishandled declaration</b>: someone who declared an interest and then did more than the ToR's conflicts
 *       rule allows (under "declare and leave", only leaving is allowed; under "declare, stay, no part in the
 *       decision", leaving or taking no part; under "chair decides", anything, as the chair agreed).</li>
 *   <li><b>An undeclared conflict</b>: the item is about an organisation, and someone present from that
 *       organisation made no declaration on the item. Checked with or without a ToR.</li>
 * </ol>
 */
public final class QuorumCheck {

    /** The structured rules of the ToR version in force on a date. */
    public record Rules(long agreementId, String title, int version, LocalDate inForceFrom, int quorumMembers,
                        List<String> quorumSeats, String conflictsRule) {

        public String name() {
            return title + ", version " + version;
        }
    }

    /** Someone present at the meeting; {@code seats} the group seats they hold (empty: attending, not a member). */
    public record Present(long personId, String name, Long organisationId, String organisation, List<String> seats) {

        public boolean member() {
            return !seats.isEmpty();
        }
    }

    /** A declaration of interest on the item. */
    public record Declared(long personId, InterestAction action) {
    }

    /** The answer for one decision. */
    public record Outcome(boolean torInForce, boolean quorate, int membersCounted, int membersNeeded,
                          List<String> seatsMissing, List<String> conflicts, String quorumInWords) {

        /** Taken without a quorum (or with no ToR to say what one is), or with a conflict problem. */
        public boolean flagged() {
            return !torInForce || !quorate || !conflicts.isEmpty();
        }
    }

    private QuorumCheck() {
    }

    /**
     * The rules in force on a day: of the versions that had come into force by then, the one that came into force
     * last (a newer ToR replaces the one before; on the same day, the later agreement and version).
     */
    public static Optional<Rules> inForceOn(LocalDate day, Collection<Rules> versions) {
        return versions.stream().filter(r -> !r.inForceFrom().isAfter(day))
                .max(java.util.Comparator.comparing(Rules::inForceFrom).thenComparing(Rules::agreementId)
                        .thenComparing(Rules::version));
    }

    public static Outcome check(LocalDate meetingDay, Optional<Rules> tor, Collection<Present> present,
                                Collection<Declared> declarations, Long aboutOrganisationId, String aboutOrganisation) {
        Map<Long, InterestAction> declared = declarations.stream()
                .collect(Collectors.toMap(Declared::personId, Declared::action, (a, b) -> b));
        List<Present> counted = present.stream().filter(Present::member)
                .filter(p -> declared.get(p.personId()) == null || declared.get(p.personId()) == InterestAction.TOOK_PART)
                .toList();
        List<String> conflicts = new ArrayList<>();
        if (aboutOrganisationId != null) {
            present.stream().filter(p -> aboutOrganisationId.equals(p.organisationId()))
                    .filter(p -> !declared.containsKey(p.personId()))
                    .forEach(p -> conflicts.add("Undeclared interest: " + p.name() + " (" + p.organisation()
                            + ") was present, and the item is about " + aboutOrganisation + ", but made no "
                            + "declaration."));
        }
        if (tor.isEmpty()) {
            return new Outcome(false, false, counted.size(), 0, List.of(), conflicts,
                    "No terms of reference were in force on " + Formats.day(meetingDay)
                            + ", so whether the meeting was quorate cannot be checked.");
        }
        Rules rules = tor.get();
        Function<Long, String> nameOf = id -> present.stream().filter(p -> p.personId() == id).map(Present::name)
                .findFirst().orElse("Someone");
        declared.forEach((person, action) -> {
            boolean allowed = switch (Objects.requireNonNullElse(rules.conflictsRule(), "")) {
                case "declare-and-leave" -> action == InterestAction.LEFT;
                case "declare-no-decision" -> action != InterestAction.TOOK_PART;
                default -> true;
            };
            if (!allowed && present.stream().anyMatch(p -> p.personId() == person)) {
                conflicts.add("Conflict not handled as the terms of reference say: " + nameOf.apply(person)
                        + " declared an interest and " + (action == InterestAction.TOOK_PART
                        ? "took part in the decision" : "stayed in the room") + ", but under " + rules.name() + " "
                        + ruleInWords(rules.conflictsRule()) + ".");
            }
        });
        List<String> missing = rules.quorumSeats().stream()
                .filter(seat -> counted.stream().noneMatch(p -> p.seats().stream().anyMatch(s -> same(s, seat))))
                .toList();
        boolean quorate = counted.size() >= rules.quorumMembers() && missing.isEmpty();
        String needed = rules.quorumMembers() + (rules.quorumMembers() == 1 ? " member" : " members")
                + (rules.quorumSeats().isEmpty() ? "" : ", including " + String.join(", ", rules.quorumSeats()));
        String words = (quorate ? "Quorate: " : "Not quorate: ") + counted.size()
                + (counted.size() == 1 ? " member" : " members") + " could take part; " + rules.name()
                + " (in force from " + Formats.day(rules.inForceFrom()) + ") needs " + needed + "."
                + (missing.isEmpty() ? "" : " Nobody who could take part holds the seat" + (missing.size() == 1
                ? " " : "s ") + String.join(", ", missing) + ".");
        return new Outcome(true, quorate, counted.size(), rules.quorumMembers(), missing, conflicts, words);
    }

    private static String ruleInWords(String rule) {
        return switch (Objects.requireNonNullElse(rule, "")) {
            case "declare-and-leave" -> "a member with an interest leaves the room for that item";
            case "declare-no-decision" -> "a member with an interest takes no part in the decision";
            default -> "the chair decides";
        };
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
