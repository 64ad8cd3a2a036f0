package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.feedback.domain.ProposalRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents on a proposal (the consultation paper, a PPG's written view): read by whoever may read the proposal
 * ({@link FeedbackPolicy}); added by the INT's leads and member organisations and by the representatives of a PPG it
 * asked.
 */
@Configuration(proxyBeanMethods = false)
public class ProposalAttachments {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = FeedbackTimelines.PROPOSAL;

    @Bean
    AttachmentAccess proposalDocuments(ProposalRepository proposals, FeedbackPolicy policy, CurrentUser currentUser) {
        return AttachmentAccess.of(RECORD_TYPE, currentUser, proposals::findById, policy::mayRead, (me, proposal) ->
                me.leads(proposal.getTeamId()) || me.worksIn(proposal.getTeamId())
                        || !policy.myAskedPpgs(me, proposal).isEmpty());
    }
}
