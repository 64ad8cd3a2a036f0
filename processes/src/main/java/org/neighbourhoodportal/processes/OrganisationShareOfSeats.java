package org.neighbourhoodportal.processes;

/**
 * Names in {@code decisions/OrganisationShareOfSeats.dmn}: would this organisation hold a majority of the leadership
 * group? Asked once per organisation with nominees when a round of nominations ends (issue 12), beside
 * {@link CoreSeatCoverage}.
 *
 * <p>Plain Java on purpose: portal code that uses these names needs no engine classes.
 */
public final class OrganisationShareOfSeats {

    /** The decision's id, which is its key in the engine. */
    public static final String KEY = "OrganisationShareOfSeats";
    public static final String RESOURCE = "decisions/OrganisationShareOfSeats.dmn";

    // Inputs
    /** Double: the share of the group's seats the organisation's nominees would fill, in per cent (0 to 100). */
    public static final String IN_SHARE_PERCENT = "sharePercent";
    /** String: the organisation's name, used in the gap's words. */
    public static final String IN_ORGANISATION_NAME = "organisationName";

    // Outputs
    /** Boolean: the organisation would hold more than half of the seats. */
    public static final String OUT_MAJORITY = "majority";
    /** String: the problem in plain English, for the lead; absent when there is none. */
    public static final String OUT_GAP = "gap";

    private OrganisationShareOfSeats() {
    }
}
