package org.neighbourhoodportal.workflow;

import java.util.List;

/**
 * The tasks of one kind of record, for that feature's views, so no view knows a process key: a feature extends it
 * with its process key (e.g. {@code FeedbackTasks}). Access is the inbox's: {@link WorkflowService#openWorkOn}
 * returns only tasks the signed-in person may do.
 */
public abstract class RecordTasks {

    private final WorkflowService workflow;
    private final String processKey;

    protected RecordTasks(WorkflowService workflow, String processKey) {
        this.workflow = workflow;
        this.processKey = processKey;
    }

    /**
     * The signed-in person's open tasks on one record (what "your turn" offers on its page).
     *
     * @return an empty list when there are none for them, or the record does not exist
     * @throws org.neighbourhoodportal.security.NotAllowedException when nobody is signed in
     */
    public List<WorkItem> yoursOn(long recordId) {
        return workflow.openWorkOn(processKey, Long.toString(recordId));
    }

    /** Whether the task belongs to this kind of record's process; its business key is then the record's id. */
    public boolean isOf(WorkItem task) {
        return processKey.equals(task.processKey());
    }
}
