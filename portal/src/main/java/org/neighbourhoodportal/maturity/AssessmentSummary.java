package org.neighbourhoodportal.maturity;

import java.util.List;

/** One assessment of a team in a trend or a list: its period, where it is, and each domain's stages in words. */
public record AssessmentSummary(long id, long teamId, String teamName, String period, AssessmentStatus status,
                                String framework, List<Cell> cells) {

    /** One domain: the stages in words and their order (null when not recorded), and the support asked for. */
    public record Cell(String domainCode, String domain, String current, Integer currentOrder, String target,
                       Integer targetOrder, String support) {
    }
}
