package org.neighbourhoodportal.funding;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.funding.domain.FundingBid;
import org.neighbourhoodportal.funding.domain.FundingBidRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Documents on a funding bid (the call documents, drafts, the submitted bid, the award letter): read by whoever may
 * read the bid ({@link FundingPolicy}); added by the people who work in its INT. ICB managers read only.
 */
@Component
public class FundingAttachments implements AttachmentAccess {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = "funding-bid";

    private final FundingBidRepository bids;
    private final FundingPolicy policy;
    private final CurrentUser currentUser;

    FundingAttachments(FundingBidRepository bids, FundingPolicy policy, CurrentUser currentUser) {
        this.bids = bids;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Permission permission(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        Optional<FundingBid> bid = me.isEmpty() ? Optional.empty() : bids.findById(recordId);
        if (bid.isEmpty() || !policy.mayRead(me.get(), bid.get())) {
            return Permission.NONE;
        }
        return me.get().worksIn(bid.get().getTeamId()) ? Permission.ADD : Permission.READ;
    }
}
