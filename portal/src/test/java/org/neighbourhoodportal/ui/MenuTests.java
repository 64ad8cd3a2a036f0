package org.neighbourhoodportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ICB_MANAGER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.PPG_REP;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.support.ViewTest;

/** The menu the features contribute, as each demo person sees it in the shell. */
class MenuTests extends ViewTest {

    @Test
    void each_person_sees_the_entries_of_what_they_use_in_a_stable_order() {
        assertThat(menuOf(LEAD)).containsExactly("Home", "My tasks", "Feedback from PPGs", "Proposals for PPGs",
                "Consultations", "Leadership groups", "Terms of reference", "Work plan", "Highlight reports",
                "Funding bids", "Maturity self-assessments", "Ask PPGs for a view", "Form a leadership group",
                "Log a funding opportunity", "Draft terms of reference", "My teams", "My team");
        assertThat(menuOf(MEMBER)).containsExactly("Home", "My tasks", "Feedback from PPGs", "Proposals for PPGs",
                "Consultations", "Leadership groups", "Terms of reference", "Work plan", "Highlight reports",
                "Funding bids", "Maturity self-assessments", "My teams");
        assertThat(menuOf(PPG_REP)).containsExactly("Home", "My tasks", "Send feedback", "Feedback from PPGs",
                "Proposals for PPGs", "Consultations", "My teams");
        assertThat(menuOf(ICB_MANAGER)).containsExactly("Home", "My tasks", "Feedback from PPGs",
                "Proposals for PPGs", "Consultations", "Leadership groups", "Terms of reference", "Work plan",
                "Highlight reports", "Funding bids", "Maturity self-assessments", "INTs side by side", "My teams");
        assertThat(menuOf(ADMINISTRATOR)).containsExactly("Home", "My tasks", "Directory",
                "Manage the directory", "Maturity frameworks", "Changes", "Invitations", "Personal data", "Work that failed", "E-mail outbox");
    }

    @Test
    void nobody_signed_in_sees_only_home() {
        assertThat(context.getBean(PortalMenu.class).itemsFor(null)).extracting(PortalMenu.Item::label)
                .containsExactly("Home");
    }

    @Test
    void entries_of_one_order_are_sorted_by_label_and_two_entries_for_one_page_stop_the_start() {
        MenuEntry reports = MenuEntry.of(500, "Reports", "reports", VaadinIcon.FILE, MenuEntry::signedIn);
        MenuEntry bids = MenuEntry.of(500, "Bids", "bids", VaadinIcon.MONEY, MenuEntry::signedIn);
        MenuEntry home = MenuEntry.labelled(100, "", VaadinIcon.HOME, me -> java.util.Optional.of("Home"));

        assertThat(new PortalMenu(List.of(reports, bids, home)).itemsFor(null)).extracting(PortalMenu.Item::label)
                .containsExactly("Home");
        assertThat(new PortalMenu(List.of(reports, bids, home)).itemsFor(signedInProfile()))
                .extracting(PortalMenu.Item::label).containsExactly("Home", "Bids", "Reports");
        assertThatThrownBy(() -> new PortalMenu(List.of(reports,
                MenuEntry.of(700, "Reports again", "reports", VaadinIcon.FILE, MenuEntry::signedIn))))
                .hasMessageContaining("\"reports\"");
    }

    private List<String> menuOf(String person) {
        newTab();
        signIn.as(person);
        navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static org.neighbourhoodportal.directory.AccessProfile signedInProfile() {
        return new org.neighbourhoodportal.directory.AccessProfile(1L, "Someone", null, java.util.Set.of(),
                java.util.Set.of(), java.util.Map.of(), java.util.Set.of(), java.util.Set.of(), false);
    }
}
