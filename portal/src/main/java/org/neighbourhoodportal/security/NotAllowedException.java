package org.neighbourhoodportal.security;

/**
 * The caller may not see or do this. Its message is safe to show; for a record the caller may not read, services
 * say the same as for a record that does not exist, so ids cannot be probed.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
