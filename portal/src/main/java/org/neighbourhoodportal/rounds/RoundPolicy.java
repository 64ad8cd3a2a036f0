package org.neighbourhoodportal.rounds;

import java.util.Collection;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.rounds.domain.Round;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a round: the one place the rounds kit decides it, from the round's own configuration, so each
 * workflow that asks in rounds gets the same rules without writing them again.
 * <ul>
 *   <li>Read (who was asked, who answered, who is late): the round's lead group, its reader groups and every
 *   party's group.</li>
 *   <li>Chase, extend, close early: the round's lead group only.</li>
 *   <li>Answer for a party: someone in that party's group, while the round takes answers.</li>
 * </ul>
 * The feature's own record decides who reads what was answered; the round shows only that someone did.
 */
@Component
public class RoundPolicy {

    public static final String NOT_FOUND = "That round of answers does not exist, or you do not have access to it.";

    public boolean mayRead(AccessProfile me, Round round, Collection<String> partyGroups) {
        return mayManage(me, round) || partyGroups.stream().anyMatch(me.workGroups()::contains)
                || round.getReaderGroups().stream().anyMatch(me.workGroups()::contains);
    }

    public boolean mayManage(AccessProfile me, Round round) {
        return me.workGroups().contains(round.getLeadGroup());
    }

    /** @throws NotAllowedException "does not exist, or no access" */
    public void requireRead(AccessProfile me, Round round, Collection<String> partyGroups) {
        if (!mayRead(me, round, partyGroups)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    /** @throws NotAllowedException unless the caller is in the round's lead group */
    public void requireManage(AccessProfile me, Round round, Collection<String> partyGroups) {
        requireRead(me, round, partyGroups);
        if (!mayManage(me, round)) {
            throw new NotAllowedException("Only the round's leads can chase, extend or close it.");
        }
    }

    /** Opening a round: only someone in the lead group it names. */
    public void requireMayOpen(AccessProfile me, String leadGroup) {
        if (!me.workGroups().contains(leadGroup)) {
            throw new NotAllowedException("Only the leads who will run this round can open it.");
        }
    }
}
