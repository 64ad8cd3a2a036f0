package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maturity self-assessments in the menu: for the INTs' people and ICB managers; the ICB view for ICB managers; the
 * frameworks for administrators.
 */
@Configuration
class MaturityMenu {

    @Bean
    MenuEntry maturityMenuEntry() {
        return MenuEntry.of(510, "Maturity self-assessments", "maturity", VaadinIcon.TRENDING_UP,
                me -> !me.teamsInView().isEmpty());
    }

    /** With the directory's administration (900s): the frameworks are reference data administrators keep. */
    @Bean
    MenuEntry frameworkAdminMenuEntry() {
        return MenuEntry.of(935, "Maturity frameworks", FrameworkAdminView.ROUTE, VaadinIcon.BOOK,
                AccessProfile::administrator);
    }

    @Bean
    MenuEntry icbMaturityMenuEntry() {
        return MenuEntry.of(520, "INTs side by side", IcbView.ROUTE, VaadinIcon.TABLE, AccessProfile::isIcbManager);
    }
}
