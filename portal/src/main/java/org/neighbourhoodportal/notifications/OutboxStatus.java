package org.neighbourhoodportal.notifications;

/** Where an e-mail in the outbox is, in the administrator's words. Stored by name. */
public enum OutboxStatus {
    PENDING("Waiting to be sent"),
    SENDING("Being sent"),
    SENT("Sent"),
    FAILED("Not sent: gave up after repeated failures"),
    MAIL_OFF("Not sent: e-mail is switched off"),
    DIGEST("Waiting for the daily digest"),
    IN_DIGEST("Sent in a daily digest");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
