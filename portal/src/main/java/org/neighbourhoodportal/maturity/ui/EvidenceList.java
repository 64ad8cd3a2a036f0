package org.neighbourhoodportal.maturity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.neighbourhoodportal.maturity.Evidence;

/** A domain's linked records: each opens its own page; one the reader may not read shows its kind only. */
final class EvidenceList {

    private EvidenceList() {
    }

    static Div of(String domainCode, List<Evidence> links) {
        Div box = new Div();
        box.addClassName("detail");
        box.setId("evidence-links-" + domainCode);
        box.add(new Div("Records that show it:"));
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0.25rem 0");
        for (Evidence e : links) {
            if (e.visible()) {
                list.add(new ListItem(new Anchor(e.route(), e.inWords())));
            } else {
                list.add(new ListItem(e.inWords()));
            }
        }
        box.add(list);
        return box;
    }
}
