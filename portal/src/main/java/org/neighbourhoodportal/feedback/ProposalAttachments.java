package org.neighbourhoodportal.feedback;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.Proposal;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Documents on a proposal (the consultation paper, a PPG's written view): read by whoever may read the proposal
 * ({@link FeedbackPolicy}); added by the INT's leads and member organisations and by the representatives of a PPG it
 * asked.
 */
@Component
public class ProposalAttachments implements AttachmentAccess {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = "proposal";

    private final ProposalRepository proposals;
    private final FeedbackPolicy policy;
    private final CurrentUser currentUser;

    ProposalAttachments(ProposalRepository proposals, FeedbackPolicy policy, CurrentUser currentUser) {
        this.proposals = proposals;
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
        Optional<Proposal> proposal = me.isEmpty() ? Optional.empty() : proposals.findById(recordId);
        if (proposal.isEmpty() || !policy.mayRead(me.get(), proposal.get())) {
            return Permission.NONE;
        }
        long team = proposal.get().getTeamId();
        boolean adds = me.get().leads(team) || me.get().worksIn(team)
                || !policy.myAskedPpgs(me.get(), proposal.get()).isEmpty();
        return adds ? Permission.ADD : Permission.READ;
    }
}
