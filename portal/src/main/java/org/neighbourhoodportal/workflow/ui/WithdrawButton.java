package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.neighbourhoodportal.ui.CharacterLimit;

/**
 * "Withdraw …" on a record's page, for its owner: asks why, then hands the reason to the feature's service, which ends
 * the record's process and says so on its timeline. What was typed stays in the dialog when the service refuses it.
 */
public class WithdrawButton extends Button {

    /**
     * @param noun        what is withdrawn, as people say it ("feedback", "proposal")
     * @param reasonLimit the longest reason the service keeps (the feature's constant)
     * @param withdraw    the service call; throws {@link IllegalArgumentException} or {@link IllegalStateException}
     *                    with words for the person when it refuses
     * @param done        what to do after (reload the page)
     */
    public WithdrawButton(String noun, int reasonLimit, Consumer<String> withdraw, Runnable done) {
        super("Withdraw this " + noun);
        setId("withdraw");
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        addClickListener(e -> open(noun, reasonLimit, withdraw, done));
    }

    private static void open(String noun, int reasonLimit, Consumer<String> withdraw, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Withdraw this " + noun);
        dialog.setWidth("36rem");
        dialog.add(new Paragraph("Withdrawing ends it: nobody will be asked to do anything more on it, and those who had"
                + " something to do are told. The reason is shown on its timeline."));
        TextArea reason = new TextArea("Why are you withdrawing it?");
        reason.setId("withdraw-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        CharacterLimit.apply(reason, reasonLimit);
        dialog.add(reason);
        Button confirm = new Button("Withdraw", click -> {
            try {
                withdraw.accept(reason.getValue());
                dialog.close();
                done.run();
            } catch (IllegalArgumentException | IllegalStateException refused) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep it", click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
