package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.neighbourhoodportal.accounts.PersonalDataService;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.PersonSummary;
import org.neighbourhoodportal.security.NotAllowedException;

/**
 * Administrators answer a person's request for their data (a JSON file of everything held about them) and erase a
 * person who has left (their name becomes "Former member" everywhere; the records stay).
 */
@Route(PersonalDataView.ROUTE)
@PageTitle("Personal data | Neighbourhood Portal")
@RolesAllowed("ADMINISTRATOR")
class PersonalDataView extends VerticalLayout {

    static final String ROUTE = "admin/personal-data";

    private final PersonalDataService personalData;
    private final DirectoryService directory;
    private final ComboBox<PersonSummary> person = new ComboBox<>("Person");
    private final Anchor export = new Anchor();
    private final Button erase = new Button("Erase this person…");

    PersonalDataView(PersonalDataService personalData, DirectoryService directory) {
        this.personalData = personalData;
        this.directory = directory;
        addClassName("portal-page");
        add(new H2("Personal data"));
        add(new Paragraph("When someone asks for a copy of what the portal holds about them (UK GDPR right of "
                + "access), download it here and send it to them: one file with their directory entry, roles, "
                + "feedback they sent, what they did on records and timelines, their notifications and e-mails. "
                + "When someone has left, erase them: their name becomes \"" + PersonalDataService.FORMER_MEMBER
                + "\" on every record and timeline, their e-mail address goes, and they can no longer sign in. "
                + "The team's records stay whole."));
        person.setId("personal-data-person");
        person.setWidth("28rem");
        person.setItems(directory.people());
        person.setItemLabelGenerator(p -> p.displayName() + " (" + p.email() + ")");
        person.addValueChangeListener(e -> chosen());
        export.setId("export-personal-data");
        export.setText("Download everything held about them (JSON)");
        export.setVisible(false); // shown once a person is chosen (a disabled link cannot be read well: contrast)
        erase.setId("erase-person");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setVisible(false);
        erase.addClickListener(e -> confirmErase());
        add(person, new HorizontalLayout(export, erase));
    }

    private void chosen() {
        PersonSummary chosen = person.getValue();
        export.setVisible(chosen != null);
        erase.setVisible(chosen != null);
        if (chosen != null) {
            long id = chosen.id();
            export.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] file = personalData.export(id);
                return new DownloadResponse(new ByteArrayInputStream(file), "personal-data-" + id + ".json",
                        "application/json", file.length);
            }));
            export.setTarget(AnchorTarget.BLANK);
        }
    }

    private void confirmErase() {
        PersonSummary chosen = person.getValue();
        if (chosen == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Erase " + chosen.displayName() + "?");
        dialog.add(new Paragraph("Their name becomes \"" + PersonalDataService.FORMER_MEMBER + "\" everywhere, their "
                + "e-mail address, roles and notifications are removed, and they can no longer sign in. This cannot "
                + "be undone. Download their data first if they asked for it."));
        Button keep = new Button("Keep them", e -> dialog.close());
        Button confirm = new Button("Erase", e -> {
            dialog.close();
            try {
                personalData.erase(chosen.id());
                Notification.show(chosen.displayName() + " has been erased.");
                person.setItems(directory.people());
                person.clear();
            } catch (IllegalArgumentException | NotAllowedException refused) {
                Notification.show(refused.getMessage());
            }
        });
        confirm.setId("confirm-erase");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }
}
