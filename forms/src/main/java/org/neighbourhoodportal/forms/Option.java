package org.neighbourhoodportal.forms;

import java.util.Objects;

/** One choice of a select, radio or checklist: the value stored and the words shown. */
public record Option(String value, String label) {

    public Option {
        Objects.requireNonNull(value, "value");
        if (label == null) {
            label = value;
        }
    }
}
