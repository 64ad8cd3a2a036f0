package org.neighbourhoodportal.forms;

/** A form file that is missing, malformed, or asks for something this module cannot show or check. */
public class FormDefinitionException extends RuntimeException {

    public FormDefinitionException(String message) {
        super(message);
    }

    public FormDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
