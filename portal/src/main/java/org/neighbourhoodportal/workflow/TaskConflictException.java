package org.neighbourhoodportal.workflow;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Someone else did the same task, or worked on the same record, at the same moment, and this attempt was not saved.
 * Its message is written for the person and safe to show; nothing they typed was taken, so a form can stay as it is.
 * A Spring {@link ConcurrencyFailureException}, so the UI treats it like any other "someone else got there first".
 */
public class TaskConflictException extends ConcurrencyFailureException {

    public TaskConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
