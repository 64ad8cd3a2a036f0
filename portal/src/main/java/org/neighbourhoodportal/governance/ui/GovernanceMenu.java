package org.neighbourhoodportal.governance.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Governance in the menu: leadership groups and ToRs for the INT's people and its ICB; starting them for its leads. */
@Configuration
class GovernanceMenu {

    @Bean
    MenuEntry leadershipGroupsMenuEntry() {
        return MenuEntry.of(340, "Leadership groups", "governance/groups", VaadinIcon.USERS,
                me -> !me.teamsInView().isEmpty());
    }

    @Bean
    MenuEntry agreementsMenuEntry() {
        return MenuEntry.of(345, "Terms of reference", "governance/agreements", VaadinIcon.FILE_TEXT,
                me -> !me.teamsInView().isEmpty());
    }

    @Bean
    MenuEntry draftAgreementMenuEntry() {
        return MenuEntry.of(620, "Draft terms of reference", "governance/agreements/new", VaadinIcon.EDIT,
                AccessProfile::isLead);
    }

    @Bean
    MenuEntry formLeadershipGroupMenuEntry() {
        return MenuEntry.of(610, "Form a leadership group", "governance/groups/new", VaadinIcon.GROUP,
                AccessProfile::isLead);
    }
}
