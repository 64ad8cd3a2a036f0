package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.util.Locale;
import org.neighbourhoodportal.governance.MeetingLimits;
import org.neighbourhoodportal.governance.MeetingService;
import org.neighbourhoodportal.ui.CharacterLimit;

/** Shown on the group page when the lead presses "Plan a meeting" (in the page, not a dialog). The lead plans a meeting: title, date and time (UK time), place, the agenda one item a line. */
class PlanMeetingForm extends Div {

    PlanMeetingForm(MeetingService meetings, long groupId) {
        addClassName("portal-card");
        setWidthFull();
        setId("plan-meeting-form");
        add(new H4("Plan a meeting"));
        TextField title = new TextField("Title");
        title.setValue("Leadership group meeting");
        title.setRequired(true);
        title.setId("meeting-title");
        CharacterLimit.apply(title, MeetingLimits.TITLE);
        DatePicker day = new DatePicker("Date");
        day.setLocale(Locale.UK);
        day.setRequired(true);
        day.setId("meeting-day");
        TextField time = new TextField("Time (UK, 24-hour)");
        time.setValue("09:30");
        time.setHelperText("For example 09:30 or 14:00.");
        time.setId("meeting-time");
        TextField location = new TextField("Where");
        location.setId("meeting-location");
        CharacterLimit.apply(location, MeetingLimits.LOCATION);
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
                long id = meetings.plan(groupId, title.getValue(), day.getValue(), time(time.getValue()),
                        location.getValue(), agenda.getValue());
                getUI().ifPresent(ui -> ui.navigate(MeetingService.route(id)));
            } catch (RuntimeException refused) {
                problem.setText(MeetingMessages.of(refused));
                problem.setVisible(true);
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(new Button("Cancel", e -> setVisible(false)), save));
    }

    /** The time typed, or null (the service then asks for it). */
    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip().length() == 4
                    ? "0" + text.strip() : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.neighbourhoodportal.governance.MeetingRefusedException("Enter the time as hours and "
                    + "minutes, for example 09:30.");
        }
    }
}
