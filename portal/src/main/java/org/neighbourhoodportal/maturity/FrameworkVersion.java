package org.neighbourhoodportal.maturity;

import java.util.List;
import java.util.Map;

/**
 * One version of a maturity framework, with its stages and, for each domain, what good looks like at each stage.
 *
 * @param source where the framework comes from, as the reference data says
 */
public record FrameworkVersion(long id, String code, String name, String version, String source, List<Stage> stages,
                               List<Domain> domains) {

    /** @param descriptors what good looks like, by stage id; {@code toVerify} when any of it is still to verify */
    public record Domain(long id, String code, String title, Map<Long, String> descriptors, boolean toVerify) {
    }

    /** "PCN Maturity Matrix domains (2019)". */
    public String label() {
        return name + " (" + version + ")";
    }
}
