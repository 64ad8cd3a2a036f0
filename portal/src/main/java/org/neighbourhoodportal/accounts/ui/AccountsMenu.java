package org.neighbourhoodportal.accounts.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Invitations and the people's spreadsheet in the menu, for administrators (feature: invite). */
@Configuration
class AccountsMenu {

    @Bean
    MenuEntry invitationsMenuEntry() {
        return MenuEntry.of(940, "Invitations", InvitationsView.ROUTE, VaadinIcon.ENVELOPE_O,
                AccessProfile::administrator);
    }

    @Bean
    MenuEntry personalDataMenuEntry() {
        return MenuEntry.of(945, "Personal data", PersonalDataView.ROUTE, VaadinIcon.USER_CARD,
                AccessProfile::administrator);
    }
}
