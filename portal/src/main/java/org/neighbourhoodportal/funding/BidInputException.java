package org.neighbourhoodportal.funding;

/** Something entered on a bid's step that cannot be saved; the message says what to put right, for the person. */
public class BidInputException extends RuntimeException {

    public BidInputException(String message) {
        super(message);
    }
}
