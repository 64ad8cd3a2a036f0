package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work plan in the menu, for anyone with a team in view; it stays lit on a priority's page. */
@Configuration
class WorkplanMenu {

    @Bean
    MenuEntry workplanMenuEntry() {
        return MenuEntry.nested(400, "Work plan", "workplan", VaadinIcon.TASKS, me -> !me.teamsInView().isEmpty());
    }
}
