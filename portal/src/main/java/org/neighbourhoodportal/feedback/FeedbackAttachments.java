package org.neighbourhoodportal.feedback;

import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents on a piece of feedback (evidence, a letter, the practice's reply): read by whoever may read the feedback
 * ({@link FeedbackPolicy}: the INT's people and the PPG's representatives); added by the INT's leads and member
 * organisations and by the PPG's representatives. A PPG representative therefore sees only their own PPG's documents.
 */
@Configuration(proxyBeanMethods = false)
public class FeedbackAttachments {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = FeedbackTimelines.FEEDBACK;

    @Bean
    AttachmentAccess feedbackDocuments(FeedbackItemRepository items, FeedbackPolicy policy, CurrentUser currentUser) {
        return AttachmentAccess.of(RECORD_TYPE, currentUser, items::findById, policy::mayRead, (me, item) ->
                me.leads(item.getTeamId()) || me.worksIn(item.getTeamId()) || me.representsPpg(item.getPpgId()));
    }
}
