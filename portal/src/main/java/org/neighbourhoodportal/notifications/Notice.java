package org.neighbourhoodportal.notifications;

import java.util.Objects;

/**
 * Something people should be told, published by a feature (through Spring's {@code ApplicationEventPublisher}) inside
 * the transaction that made it true. The notifications package writes one bell entry per person and, as each person
 * chose, an e-mail into the outbox, in that same transaction: a rolled-back step tells nobody, and the outbox sends
 * only what was committed.
 *
 * @param eventKey  what happened, unique for that happening (e.g. {@code feedback:12:response:1}): the same key
 *                  raised again (a retried job, a second node) tells nobody twice
 * @param title     one line, plain English, e.g. "The INT has responded to your feedback"
 * @param whatToDo  what the person should do now, plain English
 * @param route     the portal page to open (e.g. {@code feedback/12}); e-mails link to it on the configured base URL
 */
public record Notice(NotificationKind kind, String eventKey, Audience audience, String title, String whatToDo,
                     String route) {

    public static final int TITLE_LENGTH = 300;
    public static final int TEXT_LENGTH = 2000;
    public static final int KEY_LENGTH = 200;

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("A notice needs an event key of at most " + KEY_LENGTH + " characters");
        }
        title = shorten(Objects.requireNonNull(title, "title"), TITLE_LENGTH);
        whatToDo = shorten(Objects.requireNonNull(whatToDo, "whatToDo"), TEXT_LENGTH);
        route = route == null ? "" : route;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
