package org.neighbourhoodportal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.neighbourhoodportal.directory.Recipient;

/** The words of the e-mails: plain text, plain English, always with the link to act on. */
final class MailText {

    static final String PREFERENCES_ROUTE = "notifications/preferences";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private MailText() {
    }

    static String day(Instant instant, Clock clock) {
        return DAY.format(instant.atZone(clock.getZone()));
    }

    static String single(Recipient to, Notice notice, Delivery delivery, NotificationSettings settings) {
        return "Hello " + to.displayName() + ",\n\n"
                + notice.title() + "\n\n"
                + notice.whatToDo() + "\n\n"
                + "Open it in the Neighbourhood Portal:\n" + settings.link(notice.route()) + "\n\n"
                + footer(notice.kind().label() + ": " + delivery.label().toLowerCase(Locale.UK), settings);
    }

    /** One e-mail for the day's waiting notifications; each keeps its own link. */
    static String digest(List<Outbox.Mail> items, NotificationSettings settings) {
        StringBuilder text = new StringBuilder("Hello,\n\nHere is what happened in the Neighbourhood Portal since your "
                + "last summary.\n");
        int n = 1;
        for (Outbox.Mail item : items) {
            text.append("\n").append(n++).append(". ").append(item.subject()).append("\n   ")
                    .append(linkOf(item.body())).append("\n");
        }
        return text.append("\n").append(footer("some kinds: in one e-mail a day", settings)).toString();
    }

    static String digestSubject(int count) {
        return "Your daily summary from the Neighbourhood Portal: " + count
                + (count == 1 ? " thing to look at" : " things to look at");
    }

    private static String footer(String why, NotificationSettings settings) {
        return "You get this e-mail because of your notification settings (" + why + "). Choose how you are told:\n"
                + settings.link(PREFERENCES_ROUTE) + "\n";
    }

    /** The link line of a single e-mail's text, for the digest. */
    private static String linkOf(String body) {
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].startsWith("Open it in the Neighbourhood Portal")) {
                return lines[i + 1];
            }
        }
        return "";
    }
}
