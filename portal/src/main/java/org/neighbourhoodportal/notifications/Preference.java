package org.neighbourhoodportal.notifications;

/** How a person is told one kind of notification; {@code chosen} is false while the default applies. */
public record Preference(NotificationKind kind, Delivery delivery, boolean chosen) {
}
