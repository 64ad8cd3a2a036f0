package org.neighbourhoodportal.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service levels for the PPG feedback loop.
 *
 * @param acknowledgeWithin how long the INT has to acknowledge feedback before it is escalated
 * @param confirmWithin     how long a PPG has to confirm a response before the loop closes on its own
 */
@ConfigurationProperties("portal.feedback")
public record FeedbackSettings(Duration acknowledgeWithin, Duration confirmWithin) {

    public FeedbackSettings {
        if (acknowledgeWithin == null || acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
            throw new IllegalArgumentException("portal.feedback.acknowledge-within must be a positive duration");
        }
        if (confirmWithin == null || confirmWithin.isNegative() || confirmWithin.isZero()) {
            throw new IllegalArgumentException("portal.feedback.confirm-within must be a positive duration");
        }
    }
}
