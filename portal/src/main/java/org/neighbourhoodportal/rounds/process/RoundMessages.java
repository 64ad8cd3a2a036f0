package org.neighbourhoodportal.rounds.process;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.neighbourhoodportal.processes.ResponseRound;
import org.neighbourhoodportal.rounds.RoundClosedException;
import org.springframework.stereotype.Component;

/**
 * The lead's actions, told to the round's process as messages (correlated by the round's business key, its id). The
 * round service has checked the lead and written the records first, in the same transaction. Public only for
 * {@code rounds.RoundService}; it checks nobody itself.
 */
@Component
public class RoundMessages {

    static final String JUST_CLOSED = "This round has just closed, so it cannot be changed any more.";

    private final RuntimeService runtime;

    RoundMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** @throws RoundClosedException when the round's process has ended meanwhile */
    public void chase(long roundId, String partyGroup) {
        send(message(ResponseRound.MESSAGE_CHASE_PARTY, roundId).setVariable(ResponseRound.VAR_CHASED_GROUP,
                partyGroup));
    }

    /** @throws RoundClosedException when the round's process has ended meanwhile */
    public void extend(long roundId, Date closesAt, Date remindAt) {
        send(message(ResponseRound.MESSAGE_EXTEND_DEADLINE, roundId)
                .setVariable(ResponseRound.VAR_CLOSES_AT, closesAt)
                .setVariable(ResponseRound.VAR_REMIND_AT, remindAt));
    }

    /** @throws RoundClosedException when the round's process has ended meanwhile (the deadline came first) */
    public void closeEarly(long roundId) {
        send(message(ResponseRound.MESSAGE_CLOSE_EARLY, roundId));
    }

    private MessageCorrelationBuilder message(String name, long roundId) {
        return runtime.createMessageCorrelation(name).processInstanceBusinessKey(Long.toString(roundId));
    }

    private static void send(MessageCorrelationBuilder message) {
        if (message.correlateAllWithResult().isEmpty()) {
            throw new RoundClosedException(JUST_CLOSED);
        }
    }
}
