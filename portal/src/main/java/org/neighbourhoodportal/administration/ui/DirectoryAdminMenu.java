package org.neighbourhoodportal.administration.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Directory administration in the menu: the directory and its changes for administrators, "My team" for leads. */
@Configuration
class DirectoryAdminMenu {

    @Bean
    MenuEntry directoryAdminMenuEntry() {
        return MenuEntry.of(930, "Manage the directory", DirectoryAdminView.ROUTE, VaadinIcon.COG,
                AccessProfile::administrator);
    }

    @Bean
    MenuEntry changesMenuEntry() {
        return MenuEntry.of(940, "Changes", ChangesView.ROUTE, VaadinIcon.TIME_BACKWARD, AccessProfile::administrator);
    }

    @Bean
    MenuEntry myTeamMenuEntry() {
        return MenuEntry.of(910, "My team", MyTeamView.ROUTE, VaadinIcon.USERS, AccessProfile::isLead);
    }
}
