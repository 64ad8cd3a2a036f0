package org.neighbourhoodportal.attachments;

/**
 * Who may see and add the documents of one kind of record. Each feature that takes documents implements it once per
 * kind of record, as a Spring bean that asks the feature's own policy about the person signed in now; so
 * {@link AttachmentService} knows no feature, and a document is read with exactly the access of its record.
 *
 * <p>The answer is about the person signed in now and never throws; a record that does not exist, or nobody signed
 * in, is {@link Permission#NONE}. One look-up of the record answers both questions, so a page pays for it once.
 */
public interface AttachmentAccess {

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
