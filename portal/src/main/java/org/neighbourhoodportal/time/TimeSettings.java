package org.neighbourhoodportal.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one time zone of the portal ({@code portal.time-zone}, default Europe/London): what people see, when a chosen
 * date ends, and when every deadline, timer and schedule falls. The machine's own zone plays no part: a server or
 * container left on UTC still shows an event at 10:15 BST as 10:15.
 *
 * @param timeZone a region id such as {@code Europe/London}; a fixed offset would be wrong half the year
 */
@ConfigurationProperties("portal")
public record TimeSettings(@DefaultValue(PortalTime.DEFAULT_ZONE_ID) String timeZone) {

    public TimeSettings {
        if (timeZone == null || timeZone.isBlank()) {
            timeZone = PortalTime.DEFAULT_ZONE_ID;
        }
        timeZone = timeZone.trim();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("portal.time-zone is not a time zone id such as Europe/London: "
                    + timeZone, e);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
