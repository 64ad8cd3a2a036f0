package org.neighbourhoodportal.rounds;

import java.time.Instant;
import java.util.List;

/**
 * A round as its panel shows it: who was asked, who answered when, who is late.
 *
 * @param mayManage whether the caller is one of the leads who may chase, extend and close early (and the round is
 *                  still open)
 */
public record RoundView(long id, String kind, long recordId, String subject, RoundStatus status, Instant closesAt,
                        Instant openedAt, int extensions, Instant closedAt, String closedByName, String closeReason,
                        List<PartyRow> parties, boolean mayManage) {

    public RoundView {
        parties = List.copyOf(parties);
    }

    /** How many parties have answered. */
    public long answered() {
        return parties.stream().filter(p -> p.state() == PartyState.ANSWERED).count();
    }

    /**
     * One party asked.
     *
     * @param id             this row's id, which the lead's chase names
     * @param partyId        the organisation's or PPG's id
     * @param answeredByName who answered for it, or null
     * @param chases         how many times the lead chased it
     */
    public record PartyRow(long id, long partyId, PartyType type, String name, PartyState state, String answeredByName,
                           Instant answeredAt, Instant chasedAt, int chases) {
    }
}
