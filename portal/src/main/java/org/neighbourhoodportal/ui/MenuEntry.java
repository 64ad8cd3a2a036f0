package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.neighbourhoodportal.directory.AccessProfile;

/**
 * One entry of the side menu. A feature contributes its entries as Spring beans (a {@code @Bean} in its {@code ui}
 * package) and the shell ({@link PortalMenu}) shows them, so the shell knows no feature and a new workflow adds its
 * page to the menu without touching the layout (docs/adr/0008).
 *
 * <p>Entries are shown in {@link #order()}, lowest first, then by label. The bands in use: 100 home, 200 the person's
 * own work, 300 feedback and proposals, 400 the work plan, 500 reports, 600 what a lead starts, 900 the directory,
 * 950 administration. Leave gaps, so a new entry fits between two without renumbering.
 */
public interface MenuEntry {

    /** Where the entry sits: lower first. Two entries with one order are sorted by label. */
    int order();

    /** The route it opens, e.g. {@code "reports"}; {@code ""} is the home page. */
    String path();

    VaadinIcon icon();

    /**
     * The label this person sees, or empty when the entry is not for them. Decided on what the person may use (their
     * roles and teams), which is more than the view's own access check: a page anyone signed in may open is still
     * left out of the menu of someone it would show nothing.
     *
     * @param me the person signed in, or null when nobody is
     */
    Optional<String> labelFor(AccessProfile me);

    /** Whether the entry stays highlighted on the pages below its path (e.g. one priority of the work plan). */
    default boolean matchNested() {
        return false;
    }

    /** An entry with one label, shown to the signed-in people {@code shownTo} accepts (never to nobody). */
    static MenuEntry of(int order, String label, String path, VaadinIcon icon, Predicate<AccessProfile> shownTo) {
        return new Simple(order, path, icon, false,
                me -> me != null && shownTo.test(me) ? Optional.of(label) : Optional.empty());
    }

    /** {@link #of}, highlighted on the pages below its path too. */
    static MenuEntry nested(int order, String label, String path, VaadinIcon icon, Predicate<AccessProfile> shownTo) {
        return new Simple(order, path, icon, true,
                me -> me != null && shownTo.test(me) ? Optional.of(label) : Optional.empty());
    }

    /** An entry whose label depends on the person, or that shows to nobody signed in: {@code label} decides. */
    static MenuEntry labelled(int order, String path, VaadinIcon icon,
                              Function<AccessProfile, Optional<String>> label) {
        return new Simple(order, path, icon, false, label);
    }

    /** Anyone signed in. */
    static boolean signedIn(AccessProfile me) {
        return true;
    }

    record Simple(int order, String path, VaadinIcon icon, boolean matchNested,
                  Function<AccessProfile, Optional<String>> label) implements MenuEntry {

        @Override
        public Optional<String> labelFor(AccessProfile me) {
            return label.apply(me);
        }
    }
}
