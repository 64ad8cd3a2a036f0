package org.neighbourhoodportal.feedback;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Documents on a piece of feedback (evidence, a letter, the practice's reply): read by whoever may read the feedback
 * ({@link FeedbackPolicy}: the INT's people and the PPG's representatives); added by the INT's leads and member
 * organisations and by the PPG's representatives. A PPG representative therefore sees only their own PPG's documents.
 */
@Component
public class FeedbackAttachments implements AttachmentAccess {

    /** The kind of record, as the documents store it. */
    public static final String RECORD_TYPE = "feedback";

    private final FeedbackItemRepository items;
    private final FeedbackPolicy policy;
    private final CurrentUser currentUser;

    FeedbackAttachments(FeedbackItemRepository items, FeedbackPolicy policy, CurrentUser currentUser) {
        this.items = items;
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
        Optional<FeedbackItem> item = me.isEmpty() ? Optional.empty() : items.findById(recordId);
        if (item.isEmpty() || !policy.mayRead(me.get(), item.get())) {
            return Permission.NONE;
        }
        long team = item.get().getTeamId();
        boolean adds = me.get().leads(team) || me.get().worksIn(team) || me.get().representsPpg(item.get().getPpgId());
        return adds ? Permission.ADD : Permission.READ;
    }
}
