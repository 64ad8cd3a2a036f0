package org.neighbourhoodportal.workflow;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A form's validated values as handed to a feature's {@link ProcessRecordHandler#taskCompleted}, remembering which
 * keys the feature read. What it did not read, it does not keep: those answers are kept as further answers. Walking
 * over all entries counts as reading them all, so a handler that copies everything never loses an answer twice.
 */
final class ReadTrackingValues extends AbstractMap<String, Object> {

    private final Map<String, Object> values;
    private final Set<String> read = new LinkedHashSet<>();

    ReadTrackingValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Object get(Object key) {
        remember(key);
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        remember(key);
        return values.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        remember(key);
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        read.addAll(values.keySet());
        return values.entrySet();
    }

    /** The values whose keys were never asked for, in the form's order. */
    Map<String, Object> unread() {
        Map<String, Object> unread = new LinkedHashMap<>(values);
        unread.keySet().removeAll(read);
        return unread;
    }

    private void remember(Object key) {
        if (key instanceof String name) {
            read.add(name);
        }
    }
}
