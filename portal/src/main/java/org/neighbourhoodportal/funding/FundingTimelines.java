package org.neighbourhoodportal.funding;

import org.neighbourhoodportal.timeline.TimelineRecord;

/** The funding bids' records on the shared timeline: their kind, and the steps no person takes. */
public final class FundingTimelines {

    public static final String BID = "funding-bid";

    private FundingTimelines() {
    }

    public static TimelineRecord bid(long bidId) {
        return new TimelineRecord(BID, bidId);
    }
}
