package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.neighbourhoodportal.records.StaleRecordException;

/**
 * What every screen that saves a record shows when the service refused the save because someone else changed the
 * record after the screen was opened: who changed it and when, that nothing was saved, and a "Reload" button.
 *
 * <p>The screen stays as the person left it until they choose to reload, so what they typed survives long enough to
 * be copied; "Reload" then runs the screen's own reload, which must put the record as it is now (and its new version)
 * into every field, keeping nothing stale.
 */
public final class StaleRecordNotice extends Dialog {

    private StaleRecordNotice(StaleRecordException stale, Runnable reload) {
        setHeaderTitle("Someone else has changed this " + stale.record());
        setWidth("min(32rem, 96vw)");
        setCloseOnOutsideClick(false);
        Paragraph what = new Paragraph(whoAndWhen(stale) + ", after you opened it, so your changes were not saved.");
        what.setId("stale-message");
        Paragraph next = new Paragraph("What you entered is still on the screen behind this message. Copy anything "
                + "you want to keep, then reload to see the " + stale.record() + " as it is now and make your "
                + "change again.");
        add(what, next);

        Button reloadButton = new Button("Reload", e -> {
            close();
            reload.run();
        });
        reloadButton.setId("stale-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Not yet", e -> close());
        keep.setId("stale-keep");
        getFooter().add(keep, reloadButton);
    }

    /**
     * Opens the notice.
     *
     * @param reload puts the record as it is now into the screen; run when the person presses "Reload"
     */
    public static StaleRecordNotice show(StaleRecordException stale, Runnable reload) {
        StaleRecordNotice notice = new StaleRecordNotice(stale, reload);
        notice.open();
        return notice;
    }

    /** "Priya Shah changed it on 30 Nov 2026, 14:05"; "Someone else changed it" when the portal does not know. */
    static String whoAndWhen(StaleRecordException stale) {
        return (stale.changedBy() == null ? "Someone else" : stale.changedBy()) + " changed it"
                + (stale.changedAt() == null ? "" : " on " + Formats.dayTime(stale.changedAt()));
    }
}
