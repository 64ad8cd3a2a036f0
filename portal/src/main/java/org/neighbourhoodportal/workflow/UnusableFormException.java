package org.neighbourhoodportal.workflow;

import org.neighbourhoodportal.forms.FormDefinitionException;

/**
 * A form file the portal cannot show or check, found when the portal starts. Names the file; the message of the
 * cause names the field and what is wrong with it.
 */
public class UnusableFormException extends RuntimeException {

    private final String file;

    UnusableFormException(String file, FormDefinitionException cause) {
        super("The form file " + file + " cannot be used. " + cause.getMessage() + ".", cause);
        this.file = file;
    }

    /** The file to change, relative to the project. */
    public String file() {
        return file;
    }

    /** What the person who edited the form should do, for the start-up report. */
    public String whatToDo() {
        return "Change " + file + " in Camunda Modeler (or a text editor) so that it stays within what the portal "
                + "supports (docs/adr/0002-form-rendering.md, \"The supported subset\", and docs/adr/0013), then start "
                + "the portal again. The forms tests (FormDefinitionsTests) give the same message.";
    }
}
