package org.neighbourhoodportal.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender every {@code portal.notifications.poll-every} on this node; every node runs one, and the
 * claims keep them from sending the same e-mail. Off with {@code portal.notifications.send-automatically=false}
 * (the tests run the sender themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.notifications.send-automatically", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${portal.notifications.poll-every:PT30S}",
            initialDelayString = "${portal.notifications.poll-every:PT30S}")
    void run() {
        sender.writeDigests();
        sender.sendDue();
    }
}
