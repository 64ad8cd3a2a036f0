package org.neighbourhoodportal.maturity;

import java.util.List;

/**
 * Every INT of one ICB against every domain, from each INT's latest published assessment, ordered by team name:
 * never ranked or totalled (the PCN Maturity Matrix is a development tool, NHS England 2019).
 *
 * @param domains the domains' names, in the framework's order (the columns)
 */
public record IcbOverview(long icbId, String icbName, List<String> domains, List<TeamRow> teams,
                          List<SupportByDomain> supportAskedFor) {

    /** One INT: its latest published assessment (null id and period when it has none yet) and one cell per domain. */
    public record TeamRow(long teamId, String teamName, Long assessmentId, String period, List<Cell> cells) {
    }

    /**
     * @param change   since the INT's previous published assessment, in words ("Up from Step 1", "No change")
     * @param evidence the records the INT linked as evidence for this domain, as the reader may see them
     */
    public record Cell(String current, String target, String support, String change, List<Evidence> evidence) {
    }

    /** The support INTs asked for in one domain, INT by INT. */
    public record SupportByDomain(String domain, List<Ask> asks) {
    }

    public record Ask(String teamName, String period, String support) {
    }
}
