package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalMenu menu,
            List<HeaderItem> headerItems) {
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
        addToDrawer(menu.navigationFor(me));
    }
}
