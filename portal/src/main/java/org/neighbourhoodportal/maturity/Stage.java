package org.neighbourhoodportal.maturity;

/**
 * One stage of a framework version as people see it.
 *
 * @param order its place in the framework: 0 for the first stage (Foundation), higher is further on
 */
public record Stage(long id, String code, String label, int order, boolean toVerify) {
}
