package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neighbourhoodportal.directory.AccessProfile;
import org.springframework.stereotype.Component;

/**
 * The side menu, from the {@link MenuEntry} beans the features contribute: each person sees the entries meant for
 * them, always in the same order. Refuses to start when two entries open the same page, which is always a mistake.
 */
@Component
public class PortalMenu {

    private final List<MenuEntry> entries;

    PortalMenu(List<MenuEntry> entries) {
        Map<String, MenuEntry> byPath = new HashMap<>();
        for (MenuEntry entry : entries) {
            MenuEntry before = byPath.putIfAbsent(entry.path(), entry);
            if (before != null) {
                throw new IllegalStateException("Two menu entries open the page \"" + entry.path() + "\"; keep one");
            }
        }
        this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
    }

    /** The labels and paths this person sees, in order; {@code me} is null when nobody is signed in. */
    public List<Item> itemsFor(AccessProfile me) {
        return entries.stream()
                .map(entry -> entry.labelFor(me).map(label -> new Item(entry, label)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((Item item) -> item.entry().order()).thenComparing(Item::label))
                .toList();
    }

    /** The menu as the shell draws it. */
    public SideNav navigationFor(AccessProfile me) {
        SideNav nav = new SideNav();
        for (Item item : itemsFor(me)) {
            SideNavItem link = new SideNavItem(item.label(), item.entry().path(), item.entry().icon().create());
            link.setMatchNested(item.entry().matchNested());
            nav.addItem(link);
        }
        return nav;
    }

    /** One entry as one person sees it. */
    public record Item(MenuEntry entry, String label) {
    }
}
