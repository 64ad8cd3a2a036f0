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
    public boolean mayRead(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        return me.isPresent() && items.findById(recordId).map(item -> policy.mayRead(me.get(), item)).orElse(false);
    }

    @Override
    public boolean mayAdd(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        if (me.isEmpty()) {
            return false;
        }
        Optional<FeedbackItem> item = items.findById(recordId);
        return item.isPresent() && (me.get().leads(item.get().getTeamId()) || me.get().worksIn(item.get().getTeamId())
                || me.get().representsPpg(item.get().getPpgId()));
    }
}
