package org.neighbourhoodportal.notifications;

/** How a person wants one kind of notification: every kind always shows under the bell as well. */
public enum Delivery {
    IMMEDIATELY("By e-mail straight away"),
    DAILY_DIGEST("In one e-mail a day"),
    PORTAL_ONLY("Only in the portal");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
