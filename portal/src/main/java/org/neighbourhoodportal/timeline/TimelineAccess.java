package org.neighbourhoodportal.timeline;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;

/**
 * How a feature tells the timeline who may read its records' timelines: one bean per record kind, deciding through the
 * feature's own policy about the person signed in now. {@link TimelineService} asks it before reading a line.
 */
public interface TimelineAccess {

    /** The record kind this bean answers for, as the feature writes it in {@link TimelineRecord#kind()}. */
    String recordKind();

    /**
     * What the signed-in person may see of this record's timeline.
     *
     * @throws NotAllowedException (in the words used for a record that does not exist) when they may not read the
     *         record at all
     */
    Sight sight(long recordId);

    /**
     * A feature's answer as a bean: {@code @Bean TimelineAccess feedbackTimeline(…) { return TimelineAccess.of("feedback",
     * id -> …); }}, the function asking the feature's policy and throwing {@link NotAllowedException} as above.
     */
    static TimelineAccess of(String recordKind, LongFunction<Sight> sight) {
        return new TimelineAccess() {
            @Override
            public String recordKind() {
                return recordKind;
            }

            @Override
            public Sight sight(long recordId) {
                return sight.apply(recordId);
            }
        };
    }

    /**
     * The usual answer, configured rather than written: the record is looked up, the feature's policy says whether the
     * person signed in may read it and whether they are its own team (who see every line); a record not found or not
     * readable is refused in the feature's words for a record that does not exist.
     *
     * @param find     the record by id
     * @param mayRead  whether the person may read the record (the feature's policy)
     * @param seesAll  whether a reader is the record's own team, who see {@link Visibility#INTERNAL} lines too
     * @param notFound the feature's words for a record that does not exist, or that the person may not read
     */
    static <R> TimelineAccess of(String recordKind, CurrentUser currentUser, LongFunction<Optional<R>> find,
                                 BiPredicate<AccessProfile, R> mayRead, BiPredicate<AccessProfile, R> seesAll,
                                 String notFound) {
        return of(recordKind, id -> {
            AccessProfile me = currentUser.require();
            R record = find.apply(id).filter(r -> mayRead.test(me, r))
                    .orElseThrow(() -> new NotAllowedException(notFound));
            return seesAll.test(me, record) ? Sight.ALL : Sight.PUBLIC;
        });
    }

    /** How much of a timeline a reader sees. */
    enum Sight {
        /** Every entry: the record's own team. */
        ALL,
        /** Only {@link Visibility#EVERYONE} entries: e.g. the PPG a feedback item came from. */
        PUBLIC
    }
}
