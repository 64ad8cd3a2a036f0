package org.neighbourhoodportal.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.neighbourhoodportal.rounds.PartyState;
import org.neighbourhoodportal.rounds.RoundClosedException;
import org.neighbourhoodportal.rounds.RoundService;
import org.neighbourhoodportal.rounds.RoundStatus;
import org.neighbourhoodportal.rounds.RoundView;
import org.neighbourhoodportal.ui.Badge;
import org.neighbourhoodportal.ui.CharacterLimit;
import org.neighbourhoodportal.ui.Formats;

/**
 * A round of answers on its record's page: who was asked, who answered when, who is late; and for the round's leads,
 * chase one party, extend the deadline (everyone is told) or close early with a reason. Any feature's record page
 * adds it with the round from {@link RoundService#roundFor}; the service decides who may do what.
 */
public class RoundPanel extends VerticalLayout {

    private final RoundService rounds;
    private final long roundId;

    public RoundPanel(RoundService rounds, RoundView round) {
        this.rounds = rounds;
        this.roundId = round.id();
        addClassName("round-panel");
        setPadding(false);
        setId("round-panel");
        show(round);
    }

    private void show(RoundView round) {
        removeAll();
        add(new H3("Who was asked"));
        String state = round.status() == RoundStatus.OPEN
                ? "Answers close on " + Formats.dayTime(round.closesAt()) + (round.extensions() > 0
                        ? " (the deadline was extended)" : "") + "."
                : "Closed on " + Formats.day(round.closedAt()) + ": " + (round.closedByName() == null
                        ? round.closeReason() : round.closedByName() + " closed it early: " + round.closeReason());
        add(new Paragraph(round.answered() + " of " + round.parties().size() + " answered. " + state));

        UnorderedList list = new UnorderedList();
        list.addClassName("round-parties");
        for (RoundView.PartyRow party : round.parties()) {
            ListItem item = new ListItem();
            item.addClassName("round-party");
            Span name = new Span(party.name());
            name.addClassName("round-party-name");
            item.add(name, new Span(" "), badge(party.state()));
            if (party.state() == PartyState.ANSWERED) {
                item.add(new Span(" " + (party.answeredByName() == null ? "" : party.answeredByName() + ", ")
                        + Formats.dayTime(party.answeredAt())));
            } else if (party.chases() > 0) {
                item.add(new Span(" chased " + (party.chases() == 1 ? "once" : party.chases() + " times")
                        + ", last on " + Formats.day(party.chasedAt())));
            }
            if (round.mayManage() && party.state() == PartyState.ASKED) {
                Button chase = new Button("Chase", e -> act(() -> rounds.chase(roundId, party.id()),
                        party.name() + " has been reminded."));
                chase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                chase.getElement().setAttribute("aria-label", "Chase " + party.name());
                item.add(new Span(" "), chase);
            }
            list.add(item);
        }
        add(list);
        if (round.mayManage()) {
            add(leadActions(round));
        }
    }

    private Div leadActions(RoundView round) {
        Div box = new Div();
        box.addClassName("round-actions");
        DatePicker day = new DatePicker("New last day for answers");
        day.setLocale(java.util.Locale.UK); // as everywhere in the portal, whatever the server's locale
        day.setId("round-extend-day");
        day.setMin(LocalDate.ofInstant(round.closesAt(), Formats.zone()).plusDays(1));
        Button extend = new Button("Extend the deadline", e -> {
            if (day.getValue() == null) {
                day.setInvalid(true);
                day.setErrorMessage("Choose the new last day first.");
                return;
            }
            act(() -> rounds.extend(roundId, day.getValue()), "Deadline extended; everyone asked has been told.");
        });
        extend.setId("round-extend");
        HorizontalLayout extendRow = new HorizontalLayout(day, extend);
        extendRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        extendRow.setWrap(true);

        TextArea reason = new TextArea("Why close the round early?");
        reason.setId("round-close-reason");
        reason.setWidthFull();
        reason.setMaxWidth("44rem");
        CharacterLimit.apply(reason, RoundService.REASON_LENGTH);
        // the record moves on when its round closes (the next step, new panels): the whole page is drawn again
        Button close = new Button("Close the round early", e -> {
            if (act(() -> rounds.closeEarly(roundId, reason.getValue()),
                    "Round closed; everyone asked has been told.")) {
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            }
        });
        close.setId("round-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        box.add(extendRow, reason, close);
        return box;
    }

    private static Badge badge(PartyState state) {
        return new Badge(state.label(), switch (state) {
            case ANSWERED -> Badge.Tone.DONE;
            case ASKED -> Badge.Tone.WAITING;
            case LATE -> Badge.Tone.OVERDUE;
            case CLOSED -> Badge.Tone.NEUTRAL;
        });
    }

    /** Refusals in the service's own words stay here, with what was typed; anything else goes to the error handler. */
    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START);
            show(rounds.round(roundId));
            return true;
        } catch (IllegalArgumentException | RoundClosedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
