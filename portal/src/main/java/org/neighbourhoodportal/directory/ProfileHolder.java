package org.neighbourhoodportal.directory;

/**
 * A signed-in principal that knows the person behind it. The security package's principals implement it, so the
 * directory's audit trail can name who acted without depending on the security package (which sits above it).
 */
public interface ProfileHolder {

    /** The person's profile as read at sign-in: their id and name. */
    AccessProfile profile();
}
