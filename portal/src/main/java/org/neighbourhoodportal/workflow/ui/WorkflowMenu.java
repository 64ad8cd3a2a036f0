package org.neighbourhoodportal.workflow.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workflow kit's pages in the menu: home, the person's tasks, and failed work for administrators. */
@Configuration
class WorkflowMenu {

    @Bean
    MenuEntry homeMenuEntry() {
        return MenuEntry.labelled(100, "", VaadinIcon.HOME, me -> Optional.of("Home"));
    }

    @Bean
    MenuEntry tasksMenuEntry() {
        return MenuEntry.of(200, "My tasks", "tasks", VaadinIcon.CHECK_SQUARE_O, MenuEntry::signedIn);
    }

    @Bean
    MenuEntry failedWorkMenuEntry() {
        return MenuEntry.of(950, "Work that failed", FailedWorkView.ROUTE, VaadinIcon.WARNING,
                AccessProfile::administrator);
    }
}
