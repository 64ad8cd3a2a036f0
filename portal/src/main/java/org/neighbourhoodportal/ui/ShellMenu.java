package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own page in the menu: the directory ("My teams" for everyone but administrators). */
@Configuration
class ShellMenu {

    @Bean
    MenuEntry directoryMenuEntry() {
        return MenuEntry.labelled(900, "directory", VaadinIcon.USERS,
                me -> me == null ? Optional.empty() : Optional.of(me.administrator() ? "Directory" : "My teams"));
    }
}
