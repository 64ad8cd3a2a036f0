package org.neighbourhoodportal.accounts;

import org.neighbourhoodportal.security.NotAllowedException;

/** Too many requests from one client address in a short time; says nothing about any account. */
public class TooManyRequestsException extends NotAllowedException {

    TooManyRequestsException(long minutes) {
        super("Too many requests from your connection in a short time. For everyone's safety, please wait "
                + minutes + " minutes and try again.");
    }
}
