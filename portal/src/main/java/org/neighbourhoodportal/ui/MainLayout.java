package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
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

    /** The id of the {@code <main>} element around every page's content; the skip link's target. */
    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalMenu menu,
            List<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        AccessProfile me = currentUser.find().orElse(null);

        main.setId(MAIN_ID);
        // focusable from the skip link only (not a Tab stop of its own)
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        H1 title = new H1("Neighbourhood Portal");
        title.addClassName("portal-header-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        HorizontalLayout header = new HorizontalLayout(skipLink(), toggle, title);
        header.addClassName("portal-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (me != null) {
            // on a phone the roles give way (CSS), the name is cut with "…", and "Sign out" never wraps
            Span name = new Span(me.displayName());
            Span roles = Glossary.withAbbreviations(
                    " · " + me.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
            roles.addClassName("portal-header-roles");
            Span who = new Span(name, roles);
            who.addClassNames("portal-muted", "portal-header-who");
            Button signOut = new Button("Sign out", e -> {
                BrowserDrafts.clearAll(me.personId()); // nothing typed is left behind on a shared computer
                authentication.logout();
            });
            signOut.setId("sign-out");
            signOut.addClassName("portal-header-sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div spacer = new Div();
            header.add(spacer);
            headerItems.forEach(item -> header.add(item.create(me)));
            header.add(who, signOut);
            header.expand(spacer);
        }
        addToNavbar(header);
        addToDrawer(menu.navigationFor(me), footLinks());
    }

    /**
     * Every page's content sits in one {@code <main>} landmark, which the skip link jumps to (past the header and the
     * menu's Tab stops).
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (getContent() != main) {
            setContent(main);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (oldContent != null) {
            oldContent.getElement().removeFromParent();
        }
    }

    /**
     * The first Tab stop of every page: hidden until focused (CSS {@code .skip-link}), it moves focus to the page's
     * content. Handled in the browser, so it works without a round trip and the router never sees the "#".
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to main content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } })",
                MAIN_ID);
        return skip;
    }

    /** The glossary and the accessibility statement, for everyone, at the foot of the menu. */
    private static Div footLinks() {
        Div foot = new Div(new Anchor(Glossary.ROUTE, "What the words mean"),
                new Anchor(AccessibilityStatementView.ROUTE, "Accessibility statement"));
        foot.addClassName("portal-nav-foot");
        return foot;
    }
}
