package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.Locale;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.governance.domain.Meeting;
import org.neighbourhoodportal.ui.CharacterLimit;

/** The lead plans a meeting: title, date and time (UK time), place, the agenda one item a line. */
class PlanMeetingDialog extends Dialog {

    PlanMeetingDialog(MeetingService meetings, long groupId) {
        setHeaderTitle("Plan a meeting");
        setWidth("min(40rem, 96vw)");
        TextField title = new TextField("Title");
        title.setValue("Leadership group meeting");
        title.setRequired(true);
        title.setId("meeting-title");
        CharacterLimit.apply(title, Meeting.TITLE_LENGTH);
        DatePicker day = new DatePicker("Date");
        day.setLocale(Locale.UK);
        day.setRequired(true);
        day.setId("meeting-day");
        TimePicker time = new TimePicker("Time (UK)");
        time.setLocale(Locale.UK);
        time.setValue(LocalTime.of(9, 30));
        time.setId("meeting-time");
        TextField location = new TextField("Where");
        location.setId("meeting-location");
        CharacterLimit.apply(location, Meeting.LOCATION_LENGTH);
        TextArea agenda = new TextArea("Agenda");
        agenda.setHelperText("One item a line. You can add items later.");
        agenda.setId("meeting-agenda");
        FormLayout form = new FormLayout(title, day, time, location, agenda);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        form.setColspan(location, 2);
        form.setColspan(agenda, 2);
        Paragraph problem = new Paragraph();
        problem.addClassName("portal-error");
        problem.setId("meeting-problem");
        problem.setVisible(false);
        add(form, problem);
        Button save = new Button("Plan the meeting", e -> {
            try {
                long id = meetings.plan(groupId, title.getValue(), day.getValue(), time.getValue(),
                        location.getValue(), agenda.getValue());
                close();
                getUI().ifPresent(ui -> ui.navigate(MeetingService.route(id)));
            } catch (RuntimeException refused) {
                problem.setText(MeetingMessages.of(refused));
                problem.setVisible(true);
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
