package org.neighbourhoodportal.notifications;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neighbourhoodportal.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on every node: due e-mails one by one (each claimed first, so no two nodes send the
 * same row), retries with doubling waits, gives up after {@code max-attempts} (the row then shows as failed to
 * administrators), and once a day turns each person's waiting digest rows into one e-mail. Works outside any
 * transaction of a person's: each statement commits by itself, and a slow SMTP server holds no database lock.
 *
 * <p>A node that dies between the SMTP server's acceptance and marking the row sent leaves it claimed; another node
 * sends it again when the claim lapses. Each e-mail carries a Message-ID made from its row, so mail systems that
 * de-duplicate drop that one copy (docs/adr/0007).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;
    private final Clock clock;
    private final String node;

    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.node = nodeName();
    }

    /** Whether e-mail can leave: switched on, and an SMTP server configured ({@code spring.mail.host}). */
    boolean mailIsOn() {
        return settings.mailEnabled() && mail.getIfAvailable() != null;
    }

    /** Sends every e-mail due now. @return how many were sent */
    int sendDue() {
        int sent = 0;
        List<Long> due = outbox.due(clock.instant(), BATCH);
        for (long id : due) {
            Instant now = clock.instant();
            Optional<Outbox.Mail> claimed = outbox.claim(id, node, now, now.plus(settings.lease()));
            if (claimed.isEmpty()) {
                continue; // another node took it
            }
            Outbox.Mail item = claimed.get();
            JavaMailSender sender = mail.getIfAvailable();
            if (!settings.mailEnabled() || sender == null) {
                outbox.mailOff(id, node);
                continue;
            }
            try {
                sender.send(message(sender, item));
                outbox.sent(id, node, clock.instant());
                sent++;
            } catch (RuntimeException | jakarta.mail.MessagingException e) {
                Instant next = item.attempts() >= settings.maxAttempts() ? null
                        : clock.instant().plus(waitAfter(item.attempts()));
                log.warn("E-mail {} to {} failed (attempt {} of {}): {}", id, item.email(), item.attempts(),
                        settings.maxAttempts(), e.toString());
                outbox.failed(id, node, describe(e), next);
            }
        }
        return sent;
    }

    /**
     * From the configured time of day on, gathers each person's waiting digest rows into one e-mail (at most one per
     * person and day: its event key is the day). Rows that arrive after today's digest wait for tomorrow's.
     *
     * @return how many digests were written
     */
    int writeDigests() {
        Instant now = clock.instant();
        LocalDate today = PortalTime.today(clock);
        Instant digestTime = today.atTime(settings.digestTime()).atZone(clock.getZone()).toInstant();
        if (now.isBefore(digestTime)) {
            return 0;
        }
        int written = 0;
        for (Map.Entry<Long, List<Outbox.Mail>> person : outbox.waitingForDigest(now).entrySet()) {
            List<Outbox.Mail> items = person.getValue();
            Optional<Long> digest = outbox.add("digest:" + today, person.getKey(), null, items.get(0).email(),
                    MailText.digestSubject(items.size()), MailText.digest(items, settings),
                    settings.mailEnabled() ? OutboxStatus.PENDING : OutboxStatus.MAIL_OFF, now);
            if (digest.isPresent()) {
                outbox.digested(items.stream().map(Outbox.Mail::id).toList(), digest.get());
                written++;
            }
        }
        return written;
    }

    /** The wait before the next attempt after this many failed ones: retry-after, doubled each time, capped. */
    Duration waitAfter(int attempts) {
        Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private MimeMessage message(JavaMailSender sender, Outbox.Mail item) throws jakarta.mail.MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(settings.sender());
        helper.setTo(new InternetAddress(item.email()));
        helper.setSubject(item.subject());
        helper.setText(item.body(), false);
        message.saveChanges();
        // after saveChanges, which would otherwise make up a new id: one id per outbox row, however often it is sent
        message.setHeader("Message-ID", "<outbox-" + item.id() + "-" + item.createdAt().toEpochMilli()
                + "@neighbourhood-portal>");
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException | SecurityException unknown) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
