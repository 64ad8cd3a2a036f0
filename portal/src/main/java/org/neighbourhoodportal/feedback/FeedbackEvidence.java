package org.neighbourhoodportal.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.feedback.domain.FeedbackItem;
import org.neighbourhoodportal.feedback.domain.FeedbackItemRepository;
import org.neighbourhoodportal.timeline.LinkableRecords;
import org.neighbourhoodportal.timeline.RecordLink;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** PPG feedback loops that were closed, as evidence another record can link to; read through {@link FeedbackPolicy}. */
@Component
class FeedbackEvidence implements LinkableRecords {

    private final FeedbackItemRepository items;
    private final FeedbackPolicy policy;

    FeedbackEvidence(FeedbackItemRepository items, FeedbackPolicy policy) {
        this.items = items;
        this.policy = policy;
    }

    @Override
    public String recordKind() {
        return FeedbackTimelines.FEEDBACK;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordLink> finishedOfTeam(long teamId) {
        AccessProfile me = policy.me();
        return items.findByTeamIdAndStatusOrderByClosedAtDescIdDesc(teamId, FeedbackStatus.CLOSED).stream()
                .filter(item -> policy.mayRead(me, item)).map(FeedbackEvidence::link).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, RecordLink> readable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AccessProfile me = policy.me();
        return items.findByIdIn(ids).stream().filter(item -> policy.mayRead(me, item))
                .collect(Collectors.toMap(FeedbackItem::getId, FeedbackEvidence::link));
    }

    private static RecordLink link(FeedbackItem item) {
        return new RecordLink(FeedbackTimelines.feedback(item.getId()), item.getTeamId(), item.getSummary(),
                "feedback/" + item.getId(), item.getStatus().label());
    }
}
