package org.neighbourhoodportal.timeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading any record's timeline, checked through the owning feature's policy (its {@link TimelineAccess}): the
 * record's own team sees every entry, others who may read the record (a PPG) only those for everyone, anyone else
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    static final String NOT_FOUND = "That record does not exist, or you do not have access to it.";

    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final Map<String, TimelineAccess> access;

    TimelineService(Timeline timeline, CurrentUser currentUser, List<TimelineAccess> access) {
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.access = access.stream().collect(Collectors.toMap(TimelineAccess::recordKind, Function.identity()));
    }

    /**
     * The record's timeline as the signed-in person may see it, oldest first.
     *
     * @throws NotAllowedException when nobody is signed in, the kind is unknown, or the person may not read the record
     *         (in the words the feature uses for a record that does not exist)
     */
    public List<TimelineEntry> entries(TimelineRecord record) {
        currentUser.require();
        TimelineAccess feature = access.get(record.kind());
        if (feature == null) {
            throw new NotAllowedException(NOT_FOUND);
        }
        return timeline.entries(record, feature.sight(record.id()) == TimelineAccess.Sight.ALL);
    }
}
