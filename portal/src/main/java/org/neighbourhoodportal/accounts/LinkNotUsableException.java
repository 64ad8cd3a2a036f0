package org.neighbourhoodportal.accounts;

import org.neighbourhoodportal.security.NotAllowedException;

/**
 * The link is unknown, expired, already used, or withdrawn: the same words for each, safe to show, since the
 * person can do the same about all of them (ask for a new one).
 */
public class LinkNotUsableException extends NotAllowedException {

    static final String MESSAGE = "This link no longer works: it has expired, has already been used, or was replaced "
            + "by a newer one. Ask for a new link on the \"Forgot your password?\" page, or ask whoever invited you.";

    LinkNotUsableException() {
        super(MESSAGE);
    }
}
