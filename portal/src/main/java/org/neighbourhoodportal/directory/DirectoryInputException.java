package org.neighbourhoodportal.directory;

/**
 * What someone typed into a directory form cannot be saved, in plain English, with the field it is about
 * ({@code name}, {@code email}, {@code odsCode} …) so the form can mark it. Nothing was saved.
 */
public class DirectoryInputException extends RuntimeException {

    private final String field;

    public DirectoryInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem is about. */
    public String field() {
        return field;
    }
}
