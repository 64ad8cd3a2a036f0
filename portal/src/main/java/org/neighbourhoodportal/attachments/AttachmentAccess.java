package org.neighbourhoodportal.attachments;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.CurrentUser;

/**
 * Who may see and add the documents of one kind of record. Each feature that takes documents implements it once per
 * kind of record, as a Spring bean that asks the feature's own policy about the person signed in now; so
 * {@link AttachmentService} knows no feature, and a document is read with exactly the access of its record.
 *
 * <p>The answer is about the person signed in now and never throws; a record that does not exist, or nobody signed
 * in, is {@link Permission#NONE}. One look-up of the record answers both questions, so a page pays for it once.
 *
 * <p>A feature configures it rather than writing it: a {@code @Bean} made by {@link #of}, from the record's look-up and
 * the policy's two answers.
 */
public interface AttachmentAccess {

    /**
     * A feature's answer as a bean, e.g. {@code AttachmentAccess.of("feedback", currentUser, items::findById,
     * policy::mayRead, (me, item) -> me.leads(item.getTeamId()))}: nobody signed in, a record not found or not
     * readable is {@link Permission#NONE}; readable and {@code mayAdd} is {@link Permission#ADD}; else
     * {@link Permission#READ}.
     *
     * @param recordType the kind of record, as stored with each document (at most 40 characters)
     * @param find       the record by id (one look-up per question)
     * @param mayRead    whether the person may read the record: the feature's policy, so documents have exactly the
     *                   record's access
     * @param mayAdd     whether a person who may read it may also add documents and versions
     */
    static <R> AttachmentAccess of(String recordType, CurrentUser currentUser, LongFunction<Optional<R>> find,
                                   BiPredicate<AccessProfile, R> mayRead, BiPredicate<AccessProfile, R> mayAdd) {
        return new AttachmentAccess() {
            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public Permission permission(long recordId) {
                Optional<AccessProfile> me = currentUser.find();
                Optional<R> record = me.isEmpty() ? Optional.empty() : find.apply(recordId);
                if (record.isEmpty() || !mayRead.test(me.get(), record.get())) {
                    return Permission.NONE;
                }
                return mayAdd.test(me.get(), record.get()) ? Permission.ADD : Permission.READ;
            }
        };
    }

    /** What the signed-in person may do with a record's documents. */
    enum Permission {
        /** Neither see nor add: the record does not exist for them. */
        NONE,
        /** See the record's documents and every version, and download them. */
        READ,
        /** See them, add documents and replace one with a new version. */
        ADD;

        public boolean mayRead() {
            return this != NONE;
        }

        public boolean mayAdd() {
            return this == ADD;
        }
    }

    /** The kind of record, as stored with each document: "feedback", "proposal", "highlight-report". At most 40 characters. */
    String recordType();

    /** What the signed-in person may do with this record's documents. */
    Permission permission(long recordId);
}
