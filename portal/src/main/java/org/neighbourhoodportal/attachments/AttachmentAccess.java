package org.neighbourhoodportal.attachments;

/**
 * Who may see and add the documents of one kind of record. Each feature that takes documents implements it once per
 * kind of record, as a Spring bean that asks the feature's own policy about the person signed in now; so
 * {@link AttachmentService} knows no feature, and a document is read with exactly the access of its record.
 *
 * <p>Both answers are about the person signed in now; neither throws. A record that does not exist is one nobody may
 * read.
 */
public interface AttachmentAccess {

    /** The kind of record, as stored with each document: "feedback", "proposal", "highlight-report". At most 40 characters. */
    String recordType();

    /** Whether the signed-in person may see this record, and so its documents and every version of them. */
    boolean mayRead(long recordId);

    /** Whether the signed-in person may add documents to this record, or replace one with a new version. */
    boolean mayAdd(long recordId);
}
