package org.neighbourhoodportal.notifications;

import org.springframework.stereotype.Component;

/** For tests outside this package: sends what the outbox holds now, as the schedule would (tests turn it off). */
@Component
public class OutboxFlusher {

    private final OutboxSender sender;

    OutboxFlusher(OutboxSender sender) {
        this.sender = sender;
    }

    /** Sends batches until nothing is due; returns how many were sent. */
    public int sendEverythingDue() {
        int sent = 0;
        for (int batch = 0; batch < 200; batch++) {
            int n = sender.sendDue();
            if (n == 0) {
                break;
            }
            sent += n;
        }
        return sent;
    }
}
