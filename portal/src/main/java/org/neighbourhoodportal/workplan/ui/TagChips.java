package org.neighbourhoodportal.workplan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.neighbourhoodportal.workplan.TagOption;

/** A priority's tags as small chips, coloured by framework; the full wording is in each chip's tooltip. */
class TagChips extends Div {

    private static final List<String> RANK = List.of("fuller", "component", "maturity", "local");

    TagChips(List<TagOption> tags) {
        addClassName("tag-chips");
        for (TagOption tag : inFrameworkOrder(tags)) {
            Span chip = new Span(tag.title());
            chip.addClassNames("tag-chip", frameworkClass(tag.frameworkCode()));
            chip.setTitle(tag.frameworkName() + ": " + tag.title());
            add(chip);
        }
    }

    /** The order the plan's pages list frameworks in: offers, components, maturity, then local objectives. */
    static List<TagOption> inFrameworkOrder(List<TagOption> tags) {
        return tags.stream().sorted(Comparator.comparingInt((TagOption t) -> RANK.indexOf(frameworkClass(
                t.frameworkCode())))).toList();
    }

    /** Every tag on its own line, framework first: the grid's tooltip and the screen reader's reading. */
    static String describe(List<TagOption> tags) {
        return inFrameworkOrder(tags).stream().map(t -> t.frameworkName() + ": " + t.title()).collect(Collectors.joining("\n"));
    }

    /** The reference frameworks have their own colour; every team's local objectives share one. */
    static String frameworkClass(String frameworkCode) {
        return switch (frameworkCode) {
            case "FULLER" -> "fuller";
            case "NH_COMPONENTS" -> "component";
            case "PCN_MATURITY" -> "maturity";
            default -> "local";
        };
    }
}
