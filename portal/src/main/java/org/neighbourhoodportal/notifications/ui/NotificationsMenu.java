package org.neighbourhoodportal.notifications.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mail outbox in the administrators' menu. Everyone else reaches their notices through the bell in the header,
 * and their choices of how they are told from the notices page.
 */
@Configuration
class NotificationsMenu {

    @Bean
    MenuEntry outboxMenuEntry() {
        return MenuEntry.of(960, "E-mail outbox", "notifications/outbox", VaadinIcon.OUTBOX,
                AccessProfile::administrator);
    }
}
