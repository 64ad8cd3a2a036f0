package org.neighbourhoodportal.consultation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Consultations in the menu: for the people of a team and PPG representatives (who may be invited). */
@Configuration
class ConsultationMenu {

    @Bean
    MenuEntry consultationsMenuEntry() {
        return MenuEntry.of(330, "Consultations", "consultations", VaadinIcon.CLIPBOARD_TEXT,
                me -> !me.teamsInView().isEmpty() || me.isPpgRepresentative());
    }
}
