package org.neighbourhoodportal.funding;

import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.funding.domain.FundingBidRepository;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.timeline.TimelineAccess.Sight;
import org.neighbourhoodportal.timeline.TimelineAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reads a funding bid's timeline, decided by {@link FundingPolicy}: everyone who may read the bid, all of it. */
@Configuration(proxyBeanMethods = false)
class FundingTimelineAccess {

    @Bean
    TimelineAccess fundingBidTimeline(FundingBidRepository bids, FundingPolicy policy) {
        return TimelineAccess.of(FundingTimelines.BID, id -> {
            AccessProfile me = policy.me();
            FundingBid bid = bids.findById(id).orElseThrow(() -> new NotAllowedException(FundingPolicy.NOT_FOUND));
            policy.requireRead(me, bid);
            return Sight.ALL;
        });
    }
}
