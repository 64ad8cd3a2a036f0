package org.neighbourhoodportal.workplan;

/** A priority's status as NHS boards read it: blue for done, then green, amber, red. */
public enum Rag {
    BLUE("Complete"),
    GREEN("On track"),
    AMBER("At risk"),
    RED("Off track");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Green – on track". */
    public String describe() {
        String colour = name().charAt(0) + name().substring(1).toLowerCase();
        return colour + " – " + label.toLowerCase();
    }
}
