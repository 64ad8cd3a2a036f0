package org.neighbourhoodportal.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A report as the list shows it.
 *
 * @param updated how many of the owners asked have updated their priority
 * @param asked   how many owners were asked
 */
public record ReportRow(long id, long teamId, String teamName, YearMonth period, String title, ReportStatus status,
                        int updated, int asked, Instant publishedAt) {
}
