package org.neighbourhoodportal.rounds;

/** A round takes answers while OPEN. Stored by name. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
