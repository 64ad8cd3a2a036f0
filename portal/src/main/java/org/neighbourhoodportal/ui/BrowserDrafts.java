package org.neighbourhoodportal.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps what a person types into a long form in their own browser (localStorage, keyed by person and form), so it
 * survives a lost session: a laptop that slept past the session's end, a server that stopped. The browser saves each
 * keystroke itself, without asking the server, so the text is kept even when the server no longer knows the person.
 * When they come back to the same form (after signing in again they are returned to the page they asked for), the
 * text is put back and they are told. A successful send clears it, and so does signing out, so nothing is left
 * behind on a shared computer; drafts older than {@value #KEEP_DAYS} days are dropped.
 *
 * <p>Why the browser and not the server: a draft written by the server needs a live session to reach it, which is
 * exactly what is missing when the text matters most.
 */
public final class BrowserDrafts {

    static final int KEEP_DAYS = 14;
    static final String PREFIX = "portal-draft:";
    public static final String RESTORED = "We restored what you were typing here before. Check it, then send it when "
            + "you are ready.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BrowserDrafts() {
    }

    /** The storage key of one person's draft of one form, e.g. a task's. */
    public static String key(long personId, String form) {
        return PREFIX + personId + ":" + form;
    }

    /**
     * Saves the fields' text in the browser as it is typed, and puts back a saved draft when the form is shown.
     *
     * @param form   the component holding the fields (the listener sits on it)
     * @param key    from {@link #key(long, String)}
     * @param fields text fields by a name unique within the form
     */
    public static void keep(Component form, String key, Map<String, ? extends HasValue<?, String>> fields) {
        fields.forEach((name, field) -> ((Component) field).getElement().setAttribute("data-draft", name));
        form.getElement().executeJs("""
                const key = $0;
                this.addEventListener('input', e => {
                  const host = e.composedPath().find(n => n.dataset && n.dataset.draft);
                  if (!host || !e.target || typeof e.target.value !== 'string') return;
                  let draft = {};
                  try { draft = JSON.parse(localStorage.getItem(key)) || {}; } catch (ignored) { draft = {}; }
                  draft.fields = draft.fields || {};
                  draft.fields[host.dataset.draft] = e.target.value;
                  draft.savedAt = Date.now();
                  try { localStorage.setItem(key, JSON.stringify(draft)); } catch (ignored) { }
                });
                """, key);
        form.getElement().executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", key)
                .then(String.class, json -> restore(json, fields));
    }

    /** Forgets the draft, e.g. once the form has been sent. Safe to call while navigating away. */
    public static void clear(String key) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }", key);
        }
    }

    /** Forgets every draft of this person in this browser (signing out on a shared computer). */
    public static void clearAll(long personId) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("""
                    try {
                      Object.keys(localStorage).filter(k => k.startsWith($0)).forEach(k => localStorage.removeItem(k));
                    } catch (e) { }
                    """, PREFIX + personId + ":");
        }
    }

    /** Puts the draft's text into fields where it differs; tells the person when anything came back. */
    static boolean restore(String json, Map<String, ? extends HasValue<?, String>> fields) {
        if (json == null || json.isBlank()) {
            return false;
        }
        JsonNode draft;
        try {
            draft = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return false;
        }
        long savedAt = draft.path("savedAt").asLong(0);
        if (savedAt < System.currentTimeMillis() - KEEP_DAYS * 24L * 3600 * 1000) {
            return false;
        }
        boolean restored = false;
        for (Map.Entry<String, ? extends HasValue<?, String>> entry : fields.entrySet()) {
            JsonNode saved = draft.path("fields").path(entry.getKey());
            HasValue<?, String> field = entry.getValue();
            if (saved.isTextual() && !saved.asText().isBlank() && !saved.asText().equals(Objects.toString(
                    field.getValue(), "")) && !field.isReadOnly()) {
                field.setValue(saved.asText());
                restored = true;
            }
        }
        if (restored) {
            Notification notification = Notification.show(RESTORED, 8000, Notification.Position.TOP_CENTER);
            notification.setId("draft-restored");
            notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        return restored;
    }
}
