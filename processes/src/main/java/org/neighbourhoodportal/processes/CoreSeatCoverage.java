package org.neighbourhoodportal.processes;

/**
 * Names in {@code decisions/CoreSeatCoverage.dmn}: is this seat of a leadership group covered? Asked once per seat
 * when a round of nominations ends (issue 12, forming a leadership group: {@link LeadershipGroupFormation}'s
 * core-seat check), with its tests in {@code CoreSeatCoverageTests}.
 *
 * <p>Plain Java on purpose: portal code that uses these names needs no engine classes.
 */
public final class CoreSeatCoverage {

    /** The decision's id, which is its key in the engine. */
    public static final String KEY = "CoreSeatCoverage";
    public static final String RESOURCE = "decisions/CoreSeatCoverage.dmn";

    // Inputs
    /** Boolean: the INT lead marked the seat as core. */
    public static final String IN_SEAT_IS_CORE = "seatIsCore";
    /** Integer: how many people were nominated for the seat. */
    public static final String IN_NOMINEES = "nominees";
    /** String: the seat's name as the lead wrote it, used in the gap's words. */
    public static final String IN_SEAT_NAME = "seatName";

    // Outputs
    /** Boolean: the seat is covered (never false for a seat that is not core). */
    public static final String OUT_COVERED = "covered";
    /** String: the gap in plain English, for the lead; absent when covered. */
    public static final String OUT_GAP = "gap";

    private CoreSeatCoverage() {
    }
}
