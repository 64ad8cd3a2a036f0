package org.neighbourhoodportal.notifications;

import java.time.Clock;
import java.util.List;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail outbox for administrators: every e-mail with its status, attempts and last error, and "send again".
 * Administrators only: the outbox holds people's addresses and what they were told.
 */
@Service
@Transactional
public class OutboxService {

    private final Outbox outbox;
    private final OutboxSender sender;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutboxService(Outbox outbox, OutboxSender sender, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The outbox, newest first, {@code offset} skipped, at most {@code limit}. One statement.
     *
     * @throws NotAllowedException unless an administrator is signed in
     */
    @Transactional(readOnly = true)
    public List<OutboxRow> outbox(int offset, int limit) {
        requireAdministrator();
        return outbox.page(offset, limit);
    }

    /**
     * How many e-mails the outbox holds.
     *
     * @throws NotAllowedException unless an administrator is signed in
     */
    @Transactional(readOnly = true)
    public long count() {
        requireAdministrator();
        return outbox.count();
    }

    /**
     * Whether e-mail leaves this portal at all (switched on and an SMTP server configured), for the page to say so.
     *
     * @throws NotAllowedException unless an administrator is signed in
     */
    @Transactional(readOnly = true)
    public boolean mailIsOn() {
        requireAdministrator();
        return sender.mailIsOn();
    }

    /**
     * Puts an e-mail back in the queue to go now, with its attempts counted afresh: one that failed, one waiting for
     * a retry, or one written while e-mail was off. It leaves with the sender's next run.
     *
     * @throws NotAllowedException   unless an administrator is signed in
     * @throws IllegalStateException when the e-mail has been sent already (or there is no such e-mail)
     */
    public void sendAgain(long outboxId) {
        requireAdministrator();
        if (!outbox.sendAgain(outboxId, clock.instant())) {
            throw new IllegalStateException("This e-mail has been sent already, or is being sent now.");
        }
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) {
            throw new NotAllowedException("Only administrators can see the e-mail outbox.");
        }
    }
}
