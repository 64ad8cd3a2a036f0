package org.neighbourhoodportal.attachments;

import java.util.List;

/**
 * A document on a record, with every version of it, newest first.
 *
 * @param id the document's id, which {@link AttachmentService#replace} takes
 * @param versions newest first; never empty
 */
public record Attachment(long id, List<AttachmentVersion> versions) {

    public Attachment {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A document has at least one version");
        }
    }

    /** The version people open: the newest. */
    public AttachmentVersion current() {
        return versions.get(0);
    }

    /** The versions it replaced, newest first. */
    public List<AttachmentVersion> earlier() {
        return versions.subList(1, versions.size());
    }
}
