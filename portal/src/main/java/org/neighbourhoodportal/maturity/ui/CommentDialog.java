package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.neighbourhoodportal.maturity.AssessmentDetails;
import org.neighbourhoodportal.maturity.MaturityService;
import org.neighbourhoodportal.maturity.domain.DomainEntry;

/** The ICB manager's comment or question on one domain. */
class CommentDialog extends Dialog {

    CommentDialog(MaturityService maturity, long assessmentId, AssessmentDetails.DomainRow row, Runnable saved) {
        setHeaderTitle("Comment on " + row.domain());
        setWidth("min(36rem, 100vw)");
        TextArea comment = new TextArea("Your comment or question");
        comment.setWidthFull();
        comment.setId("comment-text");
        comment.setMaxLength(DomainEntry.QUESTION_LENGTH);
        comment.setValue(row.icbComment() == null ? "" : row.icbComment());
        add(comment);
        Button save = new Button("Save", e -> {
            try {
                maturity.commentOnDomain(assessmentId, row.domainId(), comment.getValue());
                close();
                Told.saved("Saved.");
                saved.run();
            } catch (RuntimeException failed) {
                Told.failed(failed);
            }
        });
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
