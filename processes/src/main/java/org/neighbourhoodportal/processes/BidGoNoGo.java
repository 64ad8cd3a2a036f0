package org.neighbourhoodportal.processes;

/**
 * Names in {@code decisions/BidGoNoGo.dmn}: should the INT go ahead with a joint bid? Weighs fit with the work plan,
 * working days left before the funder's deadline, partner capacity and match funding; every matched row gives one
 * reason in plain English (hit policy COLLECT). The bid is a go when at least one row matched and none blocks it.
 *
 * <p>Plain Java on purpose: portal code that uses these names needs no engine classes.
 */
public final class BidGoNoGo {

    public static final String KEY = "BidGoNoGo";
    public static final String RESOURCE = "decisions/BidGoNoGo.dmn";

    // Inputs
    /** Integer: how many work plan priorities the bid would serve. */
    public static final String IN_PRIORITIES_SERVED = "prioritiesServed";
    /** Integer: working days (Monday to Friday) from today to the funder's deadline. */
    public static final String IN_WORKING_DAYS_LEFT = "workingDaysLeft";
    /** Integer: member organisations that said they could take part. */
    public static final String IN_PARTNERS_INTERESTED = "partnersInterested";
    /** Boolean: the fund asks for match funding. */
    public static final String IN_MATCH_FUNDING_REQUIRED = "matchFundingRequired";
    /** Boolean: at least one interested partner offered match funding. */
    public static final String IN_MATCH_FUNDING_OFFERED = "matchFundingOffered";

    // Outputs
    /** Boolean: this reason alone stops the bid. */
    public static final String OUT_BLOCKS = "blocks";
    /** String: the reason in plain English. */
    public static final String OUT_REASON = "reason";

    /** Fewer working days than this before the deadline is too little for a joint bid. */
    public static final int MIN_WORKING_DAYS = 10;

    private BidGoNoGo() {
    }
}
