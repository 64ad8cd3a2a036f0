package org.neighbourhoodportal.reporting.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Highlight reports in the menu, for anyone with a team in view. */
@Configuration
class ReportingMenu {

    @Bean
    MenuEntry reportsMenuEntry() {
        return MenuEntry.of(500, "Highlight reports", "reports", VaadinIcon.FILE_TEXT_O,
                me -> !me.teamsInView().isEmpty());
    }
}
