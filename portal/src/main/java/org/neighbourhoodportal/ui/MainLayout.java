package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.stream.Collectors;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.security.CurrentUser;

/** The shell: a header with who is signed in, and navigation that shows each person what their roles use. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        AccessProfile me = currentUser.find().orElse(null);

        H1 title = new H1("Neighbourhood Portal");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        if (me != null) {
            Span who = new Span(me.displayName() + " · "
                    + me.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
            who.addClassName("portal-muted");
            Button signOut = new Button("Sign out", e -> {
                BrowserDrafts.clearAll(me.personId()); // nothing typed is left behind on a shared computer
                authentication.logout();
            });
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div spacer = new Div();
            header.add(spacer);
            headerItems.forEach(item -> header.add(item.create(me)));
            header.add(who, signOut);
            header.expand(spacer);
        }
        addToNavbar(header);
        addToDrawer(navigation(me));
    }

    private static SideNav navigation(AccessProfile me) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()));
        if (me == null) {
            return nav;
        }
        nav.addItem(new SideNavItem("My tasks", "tasks", VaadinIcon.CHECK_SQUARE_O.create()));
        boolean inATeam = !me.teamsInView().isEmpty() || me.isPpgRepresentative();
        if (me.isPpgRepresentative()) {
            nav.addItem(new SideNavItem("Send feedback", "feedback/new", VaadinIcon.COMMENT_O.create()));
        }
        if (inATeam) {
            nav.addItem(new SideNavItem("Feedback from PPGs", "feedback", VaadinIcon.COMMENTS_O.create()));
            nav.addItem(new SideNavItem("Proposals for PPGs", "proposals", VaadinIcon.LIGHTBULB.create()));
        }
        if (!me.teamsInView().isEmpty()) {
            SideNavItem workplan = new SideNavItem("Work plan", "workplan", VaadinIcon.TASKS.create());
            workplan.setMatchNested(true);
            nav.addItem(workplan);
        }
        if (!me.teamsInView().isEmpty()) {
            nav.addItem(new SideNavItem("Highlight reports", "reports", VaadinIcon.FILE_TEXT_O.create()));
        }
        if (me.isLead()) {
            nav.addItem(new SideNavItem("Ask PPGs for a view", "proposals/new", VaadinIcon.MEGAPHONE.create()));
        }
        nav.addItem(new SideNavItem(me.administrator() ? "Directory" : "My teams", "directory",
                VaadinIcon.USERS.create()));
        return nav;
    }
}
