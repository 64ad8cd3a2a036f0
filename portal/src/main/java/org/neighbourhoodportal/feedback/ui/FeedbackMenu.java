package org.neighbourhoodportal.feedback.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Feedback and proposals in the menu: for PPG representatives and the people of a team. */
@Configuration
class FeedbackMenu {

    @Bean
    MenuEntry sendFeedbackMenuEntry() {
        return MenuEntry.of(300, "Send feedback", "feedback/new", VaadinIcon.COMMENT_O,
                AccessProfile::isPpgRepresentative);
    }

    @Bean
    MenuEntry feedbackMenuEntry() {
        return MenuEntry.of(310, "Feedback from PPGs", "feedback", VaadinIcon.COMMENTS_O, FeedbackMenu::inATeam);
    }

    @Bean
    MenuEntry proposalsMenuEntry() {
        return MenuEntry.of(320, "Proposals for PPGs", "proposals", VaadinIcon.LIGHTBULB, FeedbackMenu::inATeam);
    }

    @Bean
    MenuEntry shareProposalMenuEntry() {
        return MenuEntry.of(600, "Ask PPGs for a view", "proposals/new", VaadinIcon.MEGAPHONE, AccessProfile::isLead);
    }

    private static boolean inATeam(AccessProfile me) {
        return !me.teamsInView().isEmpty() || me.isPpgRepresentative();
    }
}
