package org.neighbourhoodportal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quorum and conflict rules of ADR 0022, one case each, without a database. */
class QuorumCheckTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 12);
    private static final QuorumCheck.Rules FOUR_WITH_GP = new QuorumCheck.Rules(1, "Harborough ToR", 2,
            LocalDate.of(2026, 10, 1), 4, List.of("Lead GP"), "declare-and-leave");

    private static final QuorumCheck.Present GP = member(1, "Dr Mehta", 10L, "MHMC", "Lead GP");
    private static final QuorumCheck.Present ASC = member(2, "David Price", 11L, "LCC ASC", "Adult social care");
    private static final QuorumCheck.Present VCSE = member(3, "Priya Shah", 12L, "VASL", "VCSE");
    private static final QuorumCheck.Present MH = member(4, "Sarah Lowe", 13L, "LPT", "Mental health");
    private static final QuorumCheck.Present GUEST = new QuorumCheck.Present(5, "Jo Patel", 12L, "VASL", List.of());

    @Test
    void four_members_including_the_required_seat_are_quorate() {
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.of(FOUR_WITH_GP), List.of(GP, ASC, VCSE, MH),
                List.of(), null, null);
        assertThat(outcome.quorate()).isTrue();
        assertThat(outcome.flagged()).isFalse();
        assertThat(outcome.quorumInWords()).startsWith("Quorate: 4 members could take part; Harborough ToR, version 2");
    }

    @Test
    void too_few_members_is_not_quorate_and_a_guest_does_not_count() {
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.of(FOUR_WITH_GP), List.of(GP, ASC, VCSE, GUEST),
                List.of(), null, null);
        assertThat(outcome.quorate()).isFalse();
        assertThat(outcome.flagged()).isTrue();
        assertThat(outcome.membersCounted()).isEqualTo(3);
        assertThat(outcome.quorumInWords()).startsWith("Not quorate: 3 members could take part");
    }

    @Test
    void a_required_seat_missing_is_not_quorate_whatever_the_number() {
        QuorumCheck.Rules three = new QuorumCheck.Rules(1, "ToR", 1, DAY, 3, List.of("lead gp "), "declare-and-leave");
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.of(three), List.of(ASC, VCSE, MH), List.of(),
                null, null);
        assertThat(outcome.quorate()).isFalse();
        assertThat(outcome.seatsMissing()).containsExactly("lead gp ");
        assertThat(QuorumCheck.check(DAY, Optional.of(three), List.of(GP, VCSE, MH), List.of(), null, null).quorate())
                .isTrue();
    }

    @Test
    void with_no_tor_in_force_the_decision_is_flagged() {
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.empty(), List.of(GP, ASC, VCSE, MH), List.of(),
                null, null);
        assertThat(outcome.torInForce()).isFalse();
        assertThat(outcome.flagged()).isTrue();
        assertThat(outcome.quorumInWords()).contains("No terms of reference were in force on 12 Nov 2026");
    }

    @Test
    void a_member_who_declared_and_left_no_longer_counts_towards_the_quorum() {
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.of(FOUR_WITH_GP), List.of(GP, ASC, VCSE, MH),
                List.of(new QuorumCheck.Declared(3, InterestAction.LEFT)), 12L, "VASL");
        assertThat(outcome.quorate()).isFalse();
        assertThat(outcome.conflicts()).isEmpty();
    }

    @Test
    void an_attendee_from_the_organisation_the_item_is_about_who_declared_nothing_is_an_undeclared_conflict() {
        QuorumCheck.Outcome outcome = QuorumCheck.check(DAY, Optional.of(FOUR_WITH_GP),
                List.of(GP, ASC, VCSE, MH, GUEST), List.of(new QuorumCheck.Declared(3, InterestAction.LEFT)), 12L,
                "VASL");
        assertThat(outcome.conflicts()).singleElement().asString()
                .startsWith("Undeclared interest: Jo Patel (VASL) was present");
        assertThat(outcome.flagged()).isTrue();
        // and without a ToR the undeclared conflict is still found
        assertThat(QuorumCheck.check(DAY, Optional.empty(), List.of(GUEST), List.of(), 12L, "VASL").conflicts())
                .hasSize(1);
    }

    @Test
    void taking_part_after_declaring_breaks_a_declare_and_leave_rule_but_not_a_chair_decides_rule() {
        List<QuorumCheck.Declared> tookPart = List.of(new QuorumCheck.Declared(3, InterestAction.TOOK_PART));
        QuorumCheck.Outcome leave = QuorumCheck.check(DAY, Optional.of(FOUR_WITH_GP), List.of(GP, ASC, VCSE, MH),
                tookPart, null, null);
        assertThat(leave.quorate()).isTrue();
        assertThat(leave.conflicts()).singleElement().asString().contains("Priya Shah declared an interest and took "
                + "part in the decision");
        QuorumCheck.Rules chair = new QuorumCheck.Rules(1, "ToR", 1, DAY, 4, List.of(), "declare-chair-decides");
        assertThat(QuorumCheck.check(DAY, Optional.of(chair), List.of(GP, ASC, VCSE, MH), tookPart, null, null)
                .flagged()).isFalse();
        QuorumCheck.Rules noPart = new QuorumCheck.Rules(1, "ToR", 1, DAY, 3, List.of(), "declare-no-decision");
        QuorumCheck.Outcome stayed = QuorumCheck.check(DAY, Optional.of(noPart), List.of(GP, ASC, VCSE, MH),
                List.of(new QuorumCheck.Declared(3, InterestAction.STAYED_OUT)), null, null);
        assertThat(stayed.flagged()).isFalse();
        assertThat(stayed.membersCounted()).isEqualTo(3);
    }

    @Test
    void a_meeting_is_checked_against_the_tor_in_force_on_its_own_date_when_the_tor_changed_between_meetings() {
        QuorumCheck.Rules first = new QuorumCheck.Rules(1, "ToR", 1, LocalDate.of(2026, 1, 10), 3, List.of(),
                "declare-and-leave");
        QuorumCheck.Rules second = new QuorumCheck.Rules(2, "ToR 2027", 1, LocalDate.of(2026, 6, 1), 5,
                List.of("Lead GP"), "declare-and-leave");
        List<QuorumCheck.Rules> history = List.of(second, first);
        List<QuorumCheck.Present> four = List.of(GP, ASC, VCSE, MH);
        assertThat(QuorumCheck.inForceOn(LocalDate.of(2026, 1, 9), history)).isEmpty();
        QuorumCheck.Outcome march = QuorumCheck.check(LocalDate.of(2026, 3, 5),
                QuorumCheck.inForceOn(LocalDate.of(2026, 3, 5), history), four, List.of(), null, null);
        QuorumCheck.Outcome july = QuorumCheck.check(LocalDate.of(2026, 7, 2),
                QuorumCheck.inForceOn(LocalDate.of(2026, 7, 2), history), four, List.of(), null, null);
        assertThat(march.quorate()).isTrue();
        assertThat(march.quorumInWords()).contains("ToR, version 1").contains("needs 3 members");
        assertThat(july.quorate()).isFalse();
        assertThat(july.quorumInWords()).contains("ToR 2027, version 1").contains("needs 5 members, including Lead GP");
        // the day a new version comes into force, it is the one in force
        assertThat(QuorumCheck.inForceOn(LocalDate.of(2026, 6, 1), history)).contains(second);
    }

    private static QuorumCheck.Present member(long id, String name, Long organisationId, String organisation,
                                              String seat) {
        return new QuorumCheck.Present(id, name, organisationId, organisation, List.of(seat));
    }
}
