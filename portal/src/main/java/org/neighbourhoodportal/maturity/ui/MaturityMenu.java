package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maturity self-assessments in the menu: for the INTs' people and ICB managers; the ICB view for ICB managers. */
@Configuration
class MaturityMenu {

    @Bean
    MenuEntry maturityMenuEntry() {
        return MenuEntry.of(510, "Maturity self-assessments", "maturity", VaadinIcon.TRENDING_UP,
                me -> !me.teamsInView().isEmpty());
    }

    @Bean
    MenuEntry icbMaturityMenuEntry() {
        return MenuEntry.of(520, "INTs side by side", IcbView.ROUTE, VaadinIcon.TABLE, AccessProfile::isIcbManager);
    }
}
