package org.neighbourhoodportal.feedback;

/** How the INT lead routes feedback; the values are those of the route-feedback form. */
public enum FeedbackRoute {
    ANSWER("answer", "Answered directly by the INT"),
    REFER("refer", "Referred to a member organisation"),
    BACKLOG("backlog", "Added to the work plan backlog");

    private final String formValue;
    private final String label;

    FeedbackRoute(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }

    public static FeedbackRoute fromFormValue(String value) {
        for (FeedbackRoute route : values()) {
            if (route.formValue.equals(value)) {
                return route;
            }
        }
        throw new IllegalArgumentException("Unknown route " + value);
    }
}
