package org.neighbourhoodportal.workplan;

/** Something a priority can be tagged with: a Fuller offer, a neighbourhood component, a maturity domain, a local
 * objective. {@code toVerify} marks reference wording an administrator should check against its source. */
public record TagOption(long id, String frameworkCode, String frameworkName, String code, String title,
                        boolean toVerify) {
}
