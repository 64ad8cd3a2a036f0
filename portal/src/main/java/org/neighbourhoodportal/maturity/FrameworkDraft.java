package org.neighbourhoodportal.maturity;

import java.util.List;

/**
 * One framework version as an administrator edits it: its names and source, its stages in order, and its domains in
 * order, each with what good looks like at each stage ({@code descriptors.get(i)} for {@code stages.get(i)}; blank
 * while not yet written). A new stage or domain has a null id.
 *
 * @param lockVersion the version of the draft the screen read; a save from an older one is refused
 */
public record FrameworkDraft(long id, String code, FrameworkStatus status, Integer lockVersion, String name,
                             String version, String source, List<StageText> stages, List<DomainText> domains) {

    public record StageText(Long id, String label) {
    }

    public record DomainText(Long id, String title, List<String> descriptors) {
    }

    public boolean published() {
        return status == FrameworkStatus.PUBLISHED;
    }
}
