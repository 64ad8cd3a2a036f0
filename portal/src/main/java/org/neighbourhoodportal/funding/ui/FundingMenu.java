package org.neighbourhoodportal.funding.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Funding bids in the menu: the pipeline for the people of an INT and ICB managers; logging one for INT leads. */
@Configuration
class FundingMenu {

    @Bean
    MenuEntry fundingMenuEntry() {
        return MenuEntry.of(510, "Funding bids", FundingBoardView.ROUTE, VaadinIcon.PIGGY_BANK,
                me -> !me.teamsInView().isEmpty());
    }

    @Bean
    MenuEntry logOpportunityMenuEntry() {
        return MenuEntry.of(610, "Log a funding opportunity", LogOpportunityView.ROUTE, VaadinIcon.PLUS_CIRCLE_O,
                AccessProfile::isLead);
    }
}
