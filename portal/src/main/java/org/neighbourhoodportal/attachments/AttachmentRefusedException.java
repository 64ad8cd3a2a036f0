package org.neighbourhoodportal.attachments;

/**
 * A file the portal will not keep: too large, empty, not what its name says, a kind it does not take, or one that
 * could harm whoever opens it. The message says why, in plain English, and is safe to show; nothing was saved.
 */
public class AttachmentRefusedException extends RuntimeException {

    public AttachmentRefusedException(String message) {
        super(message);
    }

    public AttachmentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
