package org.neighbourhoodportal.attachments;

import java.util.List;

/**
 * A record's documents as its page shows them.
 *
 * @param mayAdd whether the signed-in person may add documents or new versions
 * @param documents oldest first, each with its versions newest first
 */
public record RecordDocuments(boolean mayAdd, List<Attachment> documents) {

    public RecordDocuments {
        documents = List.copyOf(documents);
    }
}
