package org.neighbourhoodportal.workplan.excel;

import org.neighbourhoodportal.spreadsheets.TextMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.neighbourhoodportal.directory.PersonOption;
import org.neighbourhoodportal.workplan.ActionRow;

/**
 * The team's people as the Owner column names them: by name, or by name and organisation where two people in the
 * team share a name. The export writes owners this way and offers them in the drop-down; the import reads them back.
 */
final class TeamPeople {

    private final Map<Long, PersonOption> byId = new LinkedHashMap<>();
    private final Map<String, List<PersonOption>> byName = new HashMap<>();

    TeamPeople(List<PersonOption> people) {
        people.forEach(p -> {
            byId.putIfAbsent(p.id(), p);
            byName.computeIfAbsent(TextMatch.key(p.name()), k -> new ArrayList<>()).add(p);
        });
        byName.replaceAll((k, v) -> v.stream().filter(distinctById()).toList());
    }

    private static Predicate<PersonOption> distinctById() {
        Set<Long> ids = new HashSet<>();
        return p -> ids.add(p.id());
    }

    /** Their name, or name and organisation where two people in the team share a name. */
    String label(long id, String otherwise) {
        PersonOption person = byId.get(id);
        if (person == null) {
            return otherwise;
        }
        return byName.get(TextMatch.key(person.name())).size() > 1 ? person.label()
                : person.name();
    }

    String name(long id, ActionRow now) {
        PersonOption person = byId.get(id);
        return person != null ? person.name() : now != null ? Values.show(now.ownerName()) : Values.BLANK;
    }

    /** Everyone in the team as the Owner drop-down offers them, by name. */
    List<String> choices() {
        return byId.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(p -> label(p.id(), p.name())).toList();
    }

    Map<Long, String> labels() {
        Map<Long, String> labels = new HashMap<>();
        byId.keySet().forEach(id -> labels.put(id, label(id, null)));
        return labels;
    }

    /** Who a cell names, by name or by name and organisation, matched as {@link TextMatch} matches. */
    List<PersonOption> find(String text) {
        String wanted = TextMatch.key(text);
        List<PersonOption> byLabel = byId.values().stream()
                .filter(p -> TextMatch.key(p.label()).equals(wanted)).toList();
        return byLabel.isEmpty() ? byName.getOrDefault(wanted, List.of()) : byLabel;
    }
}
