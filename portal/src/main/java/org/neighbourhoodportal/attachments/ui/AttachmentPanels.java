package org.neighbourhoodportal.attachments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.neighbourhoodportal.attachments.AttachmentService;
import org.neighbourhoodportal.attachments.RecordDocuments;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.uploads.UploadSettings;

/**
 * Makes the documents panel for a record's page or a task's page: one line in the feature's view. Shows nothing to
 * someone who may not see the record's documents (a member on a draft report's update task, for example).
 */
@org.springframework.stereotype.Component
public class AttachmentPanels {

    private final AttachmentService attachments;
    private final UploadSettings uploads;

    AttachmentPanels(AttachmentService attachments, UploadSettings uploads) {
        this.attachments = attachments;
        this.uploads = uploads;
    }

    /** The record's documents, on its own page. */
    public Component forRecord(String recordType, long recordId) {
        return forTask(recordType, recordId, null);
    }

    /**
     * The record's documents on a task's page; what is added there belongs to the record, tagged with the step.
     *
     * @param step the task's name as people read it ("Respond to the PPG")
     */
    public Component forTask(String recordType, long recordId, String step) {
        RecordDocuments documents;
        try {
            documents = attachments.documents(recordType, recordId);
        } catch (NotAllowedException e) {
            // the record's page has already said whether the record is there; its documents are simply not shown
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        return new AttachmentsPanel(attachments, uploads, recordType, recordId, step, documents);
    }
}
