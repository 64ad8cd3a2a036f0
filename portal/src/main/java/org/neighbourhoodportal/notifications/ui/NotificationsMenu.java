package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification pages in the menu: everyone's own notices and e-mail choices (the bell opens the list too), and
 * the e-mail outbox for administrators.
 */
@Configuration
class NotificationsMenu {

    @Bean
    MenuEntry notificationsMenuEntry() {
        return MenuEntry.of(250, "Notifications", "notifications", VaadinIcon.BELL_O, MenuEntry::signedIn);
    }

    @Bean
    MenuEntry notificationPreferencesMenuEntry() {
        return MenuEntry.of(260, "How you are told", "notifications/preferences", VaadinIcon.ENVELOPE_O,
                MenuEntry::signedIn);
    }

    @Bean
    MenuEntry outboxMenuEntry() {
        return MenuEntry.of(960, "E-mail outbox", "notifications/outbox", VaadinIcon.OUTBOX,
                AccessProfile::administrator);
    }
}
