package org.neighbourhoodportal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.regex.Pattern;
import org.neighbourhoodportal.security.NotAllowedException;

/**
 * Reads a record's id from the address, for every detail page. Anything that is not a record id ({@code abc},
 * {@code 1'}, a number too big to be one) gets the same "not available" page as a record that does not exist, never
 * a Java exception.
 */
public final class RouteIds {

    /** Up to 18 digits always fit in a long; a longer number is no record of ours. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private RouteIds() {
    }

    /**
     * @param parameter the route parameter's name, e.g. {@code feedbackId} in {@code feedback/:feedbackId}
     * @param notFound  what to tell the person, e.g. "That feedback does not exist."
     * @return the id
     * @throws NotAllowedException with {@code notFound} when the parameter is missing or not an id; the router shows
     *                             it on the portal's "not available" page
     */
    public static long id(BeforeEnterEvent event, String parameter, String notFound) {
        String raw = event.getRouteParameters().get(parameter).orElse("");
        if (!ID.matcher(raw).matches()) {
            throw new NotAllowedException(notFound);
        }
        return Long.parseLong(raw);
    }
}
