package org.neighbourhoodportal.maturity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.maturity.domain.AssessmentRepository;
import org.neighbourhoodportal.maturity.domain.MaturityDescriptor;
import org.neighbourhoodportal.maturity.domain.MaturityDescriptorRepository;
import org.neighbourhoodportal.maturity.domain.MaturityDomain;
import org.neighbourhoodportal.maturity.domain.MaturityDomainRepository;
import org.neighbourhoodportal.maturity.domain.MaturityFramework;
import org.neighbourhoodportal.maturity.domain.MaturityFrameworkRepository;
import org.neighbourhoodportal.maturity.domain.MaturityStage;
import org.neighbourhoodportal.maturity.domain.MaturityStageRepository;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the reference frameworks in the browser, without a release: they start a framework, or a new
 * version copied from an existing one, as a draft; edit the draft (its names, source, domains, stages and what good
 * looks like in each domain at each stage); and publish it once it is complete, or discard it. A published version
 * never changes again, so every assessment keeps reading the version it was opened with (docs/adr/0023). Drafts are
 * offered nowhere else: not to a lead opening an assessment, not to a work plan's tags.
 *
 * <p>Every method is for administrators only ({@link MaturityPolicy#requireAdministrator}). A change the rules
 * refuse throws {@link FrameworkRefusedException} with the reason in plain English; a save from a screen that read an
 * older draft throws {@link StaleRecordException}. Either way nothing is saved.
 */
@Service
@Transactional
public class FrameworkAdministration {

    /** The word for the record in "Someone else has changed this …". */
    static final String RECORD = "framework draft";
    static final String NOT_FOUND = "That framework version does not exist.";

    private final MaturityFrameworkRepository frameworks;
    private final MaturityDomainRepository domains;
    private final MaturityStageRepository stages;
    private final MaturityDescriptorRepository descriptors;
    private final AssessmentRepository assessments;
    private final DirectoryService directory;
    private final MaturityPolicy policy;
    private final Clock clock;

    FrameworkAdministration(MaturityFrameworkRepository frameworks, MaturityDomainRepository domains,
                            MaturityStageRepository stages, MaturityDescriptorRepository descriptors,
                            AssessmentRepository assessments, DirectoryService directory, MaturityPolicy policy,
                            Clock clock) {
        this.frameworks = frameworks;
        this.domains = domains;
        this.stages = stages;
        this.descriptors = descriptors;
        this.assessments = assessments;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Every reference framework (not a team's own objectives) with its versions, newest first: draft or published,
     * who started and published each and when, and how many assessments use it. A fixed number of statements.
     *
     * @throws NotAllowedException unless an administrator is signed in
     */
    @Transactional(readOnly = true)
    public List<FrameworkSummary> frameworks() {
        policy.requireAdministrator();
        List<MaturityFramework> all = frameworks.findByTeamIdIsNull();
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(MaturityFramework::getId).toList();
        Map<Long, Long> used = counts(assessments.countByFramework(ids));
        Map<Long, Long> domainCounts = counts(domains.countByFramework(ids));
        Map<Long, Long> stageCounts = counts(stages.countByFramework(ids));
        Set<Long> people = all.stream().flatMap(f -> Stream.of(f.getCreatedBy(), f.getPublishedBy()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = people.isEmpty() ? Map.of() : directory.personNames(people);
        Map<String, List<MaturityFramework>> byCode = all.stream()
                .sorted(Comparator.comparing(MaturityFramework::getId).reversed())
                .collect(Collectors.groupingBy(MaturityFramework::getCode, LinkedHashMap::new, Collectors.toList()));
        return byCode.values().stream().map(versions -> {
            MaturityFramework newest = versions.get(0);
            return new FrameworkSummary(newest.getCode(), newest.getName(), versions.stream()
                    .map(f -> new FrameworkSummary.Version(f.getId(), f.getName(), f.getVersion(), f.getStatus(),
                            f.getCreatedBy() == null ? null : names.get(f.getCreatedBy()), f.getCreatedAt(),
                            f.getPublishedBy() == null ? null : names.get(f.getPublishedBy()), f.getPublishedAt(),
                            used.getOrDefault(f.getId(), 0L), domainCounts.getOrDefault(f.getId(), 0L),
                            stageCounts.getOrDefault(f.getId(), 0L)))
                    .toList());
        }).sorted(Comparator.comparing(FrameworkSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * One version with its stages, domains and descriptors, to edit (a draft) or to read (a published one).
     *
     * @throws NotAllowedException unless an administrator is signed in, or when there is no such reference version
     */
    @Transactional(readOnly = true)
    public FrameworkDraft version(long frameworkId) {
        policy.requireAdministrator();
        return read(load(frameworkId));
    }

    /**
     * Starts a new framework as a draft with no domains or stages yet.
     *
     * @param code a short code for the framework, letters, digits and underscores (spaces become underscores)
     * @return the draft's id
     * @throws NotAllowedException       unless an administrator is signed in
     * @throws FrameworkRefusedException when the code is missing, malformed or already used, or a text is missing or
     *                                   too long
     */
    public long start(String code, String name, String source, String versionLabel) {
        AccessProfile me = policy.requireAdministrator();
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
        if (!cleanCode.matches("[A-Z0-9_]{2," + MaturityFramework.CODE_LENGTH + "}")) {
            throw new FrameworkRefusedException("Give the framework a short code of 2 to " + MaturityFramework.CODE_LENGTH
                    + " letters, digits or underscores, for example \"LOCAL_MATURITY\".");
        }
        if (!frameworks.findByCode(cleanCode).isEmpty()) {
            throw new FrameworkRefusedException("A framework with the code " + cleanCode + " already exists. To change "
                    + "it, start a new version of it instead.");
        }
        String cleanName = required(name, MaturityFramework.NAME_LENGTH, "The framework's name");
        String cleanVersion = required(versionLabel, MaturityFramework.VERSION_LENGTH, "The version label");
        String cleanSource = optional(source, MaturityFramework.SOURCE_LENGTH, "The source");
        MaturityFramework draft = new MaturityFramework(cleanCode, cleanName, cleanVersion, cleanSource,
                frameworks.maxSortOrder() + 1, me.personId(), clock.instant());
        return saveNew(draft).getId();
    }

    /**
     * Starts a new version as a draft, copied from an existing version (draft or published): its names, source,
     * domains, stages and every descriptor. The version copied from is not changed.
     *
     * @return the new draft's id
     * @throws NotAllowedException       unless an administrator is signed in, or when there is no such version
     * @throws FrameworkRefusedException when the version label is missing, too long or already used by this framework
     */
    public long draftFrom(long frameworkId, String versionLabel) {
        AccessProfile me = policy.requireAdministrator();
        MaturityFramework from = load(frameworkId);
        String label = required(versionLabel, MaturityFramework.VERSION_LENGTH, "The version label");
        requireLabelFree(from.getCode(), label, null);
        MaturityFramework draft = saveNew(new MaturityFramework(from.getCode(), from.getName(), label,
                from.getSource(), from.getSortOrder(), me.personId(), clock.instant()));
        Map<Long, Long> stageCopies = new HashMap<>();
        for (MaturityStage s : stages.findByFrameworkIdOrderBySortOrder(from.getId())) {
            stageCopies.put(s.getId(), stages.save(new MaturityStage(draft.getId(), s.getCode(), s.getLabel(),
                    s.isToVerify(), s.getSortOrder())).getId());
        }
        List<MaturityDomain> fromDomains = domains.findByFrameworkIdOrderBySortOrder(from.getId());
        Map<Long, Long> domainCopies = new HashMap<>();
        for (MaturityDomain d : fromDomains) {
            domainCopies.put(d.getId(), domains.save(new MaturityDomain(draft.getId(), d.getCode(), d.getTitle(),
                    d.getDescription(), d.isToVerify(), d.getSortOrder())).getId());
        }
        if (!fromDomains.isEmpty()) {
            for (MaturityDescriptor c : descriptors.findByDomainIdIn(domainCopies.keySet())) {
                descriptors.save(new MaturityDescriptor(domainCopies.get(c.getDomainId()),
                        stageCopies.get(c.getStageId()), c.getDescriptor(), c.isToVerify()));
            }
        }
        return draft.getId();
    }

    /**
     * Saves an edited draft as a whole: names, version label, source, its stages and domains in the order given
     * (those left out are removed, those with no id added) and each descriptor (a blank one is removed). A changed
     * descriptor is the administrator's own words and no longer marked to verify.
     *
     * @return the draft as saved, with its new lock version
     * @throws NotAllowedException       unless an administrator is signed in, or when there is no such version
     * @throws FrameworkRefusedException when the version is published, a stage or domain has no name, two share one,
     *                                   the version label is already used, or a text is too long
     * @throws StaleRecordException      when someone saved the draft after {@code edit.lockVersion()} was read
     */
    public FrameworkDraft save(FrameworkDraft edit) {
        AccessProfile me = policy.requireAdministrator();
        MaturityFramework framework = loadDraft(edit.id());
        requireUnchanged(framework, edit.lockVersion());
        String name = required(edit.name(), MaturityFramework.NAME_LENGTH, "The framework's name");
        String label = required(edit.version(), MaturityFramework.VERSION_LENGTH, "The version label");
        String source = optional(edit.source(), MaturityFramework.SOURCE_LENGTH, "The source");
        requireLabelFree(framework.getCode(), label, framework.getId());
        List<FrameworkDraft.StageText> stageTexts = edit.stages() == null ? List.of() : edit.stages();
        List<FrameworkDraft.DomainText> domainTexts = edit.domains() == null ? List.of() : edit.domains();
        List<String> stageLabels = new ArrayList<>();
        for (FrameworkDraft.StageText s : stageTexts) {
            stageLabels.add(required(s.label(), MaturityStage.LABEL_LENGTH, "A stage's name"));
        }
        requireDistinct(stageLabels, "stages");
        List<String> domainTitles = new ArrayList<>();
        for (FrameworkDraft.DomainText d : domainTexts) {
            domainTitles.add(required(d.title(), MaturityDomain.TITLE_LENGTH, "A domain's name"));
            for (int i = 0; i < stageTexts.size(); i++) {
                optional(i < d.descriptors().size() ? d.descriptors().get(i) : null,
                        MaturityDescriptor.DESCRIPTOR_LENGTH, "What good looks like for \"" + d.title().strip()
                                + "\" at \"" + stageTexts.get(i).label().strip() + "\"");
            }
        }
        requireDistinct(domainTitles, "domains");

        framework.describe(name, label, source);
        Map<Long, MaturityStage> oldStages = stages.findByFrameworkIdOrderBySortOrder(framework.getId()).stream()
                .collect(Collectors.toMap(MaturityStage::getId, Function.identity()));
        Map<Long, MaturityDomain> oldDomains = domains.findByFrameworkIdOrderBySortOrder(framework.getId()).stream()
                .collect(Collectors.toMap(MaturityDomain::getId, Function.identity()));
        Set<Long> keptStages = stageTexts.stream().map(FrameworkDraft.StageText::id).filter(oldStages::containsKey)
                .collect(Collectors.toSet());
        Set<Long> keptDomains = domainTexts.stream().map(FrameworkDraft.DomainText::id).filter(oldDomains::containsKey)
                .collect(Collectors.toSet());
        // removals first, written before anything is added: a new stage may reuse a removed one's code
        List<MaturityDescriptor> oldCells = oldDomains.isEmpty() ? List.of()
                : descriptors.findByDomainIdIn(oldDomains.keySet());
        List<MaturityDescriptor> goneCells = oldCells.stream().filter(c -> !keptStages.contains(c.getStageId())
                || !keptDomains.contains(c.getDomainId())).toList();
        descriptors.deleteAll(goneCells);
        descriptors.flush();
        stages.deleteAll(oldStages.values().stream().filter(s -> !keptStages.contains(s.getId())).toList());
        domains.deleteAll(oldDomains.values().stream().filter(d -> !keptDomains.contains(d.getId())).toList());
        stages.flush();

        Set<String> stageCodes = keptStages.stream().map(id -> oldStages.get(id).getCode())
                .collect(Collectors.toCollection(HashSet::new));
        List<MaturityStage> savedStages = new ArrayList<>();
        for (int i = 0; i < stageTexts.size(); i++) {
            MaturityStage stage = oldStages.get(stageTexts.get(i).id());
            if (stage != null && keptStages.contains(stage.getId())) {
                stage.relabel(stageLabels.get(i), i);
            } else {
                stage = stages.save(new MaturityStage(framework.getId(), codeFor(stageLabels.get(i), stageCodes),
                        stageLabels.get(i), false, i));
            }
            savedStages.add(stage);
        }
        Set<String> domainCodes = keptDomains.stream().map(id -> oldDomains.get(id).getCode())
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, MaturityDescriptor> cells = oldCells.stream().filter(c -> !goneCells.contains(c))
                .collect(Collectors.toMap(c -> c.getDomainId() + ":" + c.getStageId(), Function.identity()));
        for (int i = 0; i < domainTexts.size(); i++) {
            FrameworkDraft.DomainText text = domainTexts.get(i);
            MaturityDomain domain = oldDomains.get(text.id());
            if (domain != null && keptDomains.contains(domain.getId())) {
                domain.retitle(domainTitles.get(i), i + 1);
            } else {
                domain = domains.save(new MaturityDomain(framework.getId(), codeFor(domainTitles.get(i), domainCodes),
                        domainTitles.get(i), null, false, i + 1));
            }
            for (int j = 0; j < savedStages.size(); j++) {
                String words = j < text.descriptors().size() ? text.descriptors().get(j) : null;
                words = words == null ? "" : words.strip();
                MaturityDescriptor cell = cells.get(domain.getId() + ":" + savedStages.get(j).getId());
                if (words.isEmpty() && cell != null) {
                    descriptors.delete(cell);
                } else if (!words.isEmpty() && cell != null) {
                    cell.rewrite(words);
                } else if (!words.isEmpty()) {
                    descriptors.save(new MaturityDescriptor(domain.getId(), savedStages.get(j).getId(), words, false));
                }
            }
        }
        framework.changed(me.personId(), clock.instant());
        written(frameworks::flush);
        return read(framework);
    }

    /**
     * Publishes a draft: from now on leads can open assessments with it, work plans can be tagged to it, and it never
     * changes again. Refused unless the source is given, there is at least one domain, either no stage (a framework
     * work plans are only tagged to, never assessed against: it is not offered for assessments) or at least two, every
     * domain has a descriptor at every stage, and no other version of the framework has the same label.
     *
     * @throws NotAllowedException       unless an administrator is signed in, or when there is no such version
     * @throws FrameworkRefusedException when the version is already published or a rule above is not met
     * @throws StaleRecordException      when someone saved the draft after {@code readVersion} was read
     */
    public void publish(long frameworkId, Integer readVersion) {
        AccessProfile me = policy.requireAdministrator();
        MaturityFramework framework = loadDraft(frameworkId);
        requireUnchanged(framework, readVersion);
        if (framework.getSource() == null || framework.getSource().isBlank()) {
            throw new FrameworkRefusedException("Give the source of this framework (the document it comes from) "
                    + "before publishing it.");
        }
        List<MaturityDomain> frameworkDomains = domains.findByFrameworkIdOrderBySortOrder(frameworkId);
        if (frameworkDomains.isEmpty()) {
            throw new FrameworkRefusedException("Add at least one domain before publishing.");
        }
        List<MaturityStage> frameworkStages = stages.findByFrameworkIdOrderBySortOrder(frameworkId);
        // no stages at all: a framework work plans are tagged to (as the Fuller principles), never assessed against
        if (frameworkStages.size() == 1) {
            throw new FrameworkRefusedException("Add a second stage before publishing, so a team can say where it is "
                    + "now and where it aims to be, or remove the stage to publish a framework that work plans are "
                    + "only tagged to.");
        }
        Set<String> written = descriptors.findByDomainIdIn(frameworkDomains.stream().map(MaturityDomain::getId)
                .toList()).stream().filter(c -> !c.getDescriptor().isBlank())
                .map(c -> c.getDomainId() + ":" + c.getStageId()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (MaturityDomain d : frameworkDomains) {
            for (MaturityStage s : frameworkStages) {
                if (!written.contains(d.getId() + ":" + s.getId())) {
                    missing.add("\"" + d.getTitle() + "\" at \"" + s.getLabel() + "\"");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new FrameworkRefusedException("Describe what good looks like in every domain at every stage "
                    + "before publishing. Missing: " + missing.get(0)
                    + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more." : "."));
        }
        requireLabelFree(framework.getCode(), framework.getVersion(), framework.getId());
        framework.publish(me.personId(), clock.instant());
        written(frameworks::flush);
    }

    /**
     * Discards a draft with its domains, stages and descriptors. A published version cannot be discarded.
     *
     * @throws NotAllowedException       unless an administrator is signed in, or when there is no such version
     * @throws FrameworkRefusedException when the version is published
     * @throws StaleRecordException      when someone saved the draft after {@code readVersion} was read
     */
    public void discard(long frameworkId, Integer readVersion) {
        policy.requireAdministrator();
        MaturityFramework framework = loadDraft(frameworkId);
        requireUnchanged(framework, readVersion);
        List<MaturityDomain> frameworkDomains = domains.findByFrameworkIdOrderBySortOrder(frameworkId);
        if (!frameworkDomains.isEmpty()) {
            descriptors.deleteAll(descriptors.findByDomainIdIn(frameworkDomains.stream().map(MaturityDomain::getId)
                    .toList()));
            descriptors.flush();
        }
        stages.deleteAll(stages.findByFrameworkIdOrderBySortOrder(frameworkId));
        domains.deleteAll(frameworkDomains);
        stages.flush();
        frameworks.delete(framework);
        written(frameworks::flush);
    }

    // ----------------------------------------------------------------------------------------------------------------

    private FrameworkDraft read(MaturityFramework f) {
        List<MaturityStage> ss = stages.findByFrameworkIdOrderBySortOrder(f.getId());
        List<MaturityDomain> ds = domains.findByFrameworkIdOrderBySortOrder(f.getId());
        Map<String, String> cells = ds.isEmpty() ? Map.of()
                : descriptors.findByDomainIdIn(ds.stream().map(MaturityDomain::getId).toList()).stream()
                .collect(Collectors.toMap(c -> c.getDomainId() + ":" + c.getStageId(),
                        MaturityDescriptor::getDescriptor));
        return new FrameworkDraft(f.getId(), f.getCode(), f.getStatus(), f.getLockVersion(), f.getName(),
                f.getVersion(), f.getSource(),
                ss.stream().map(s -> new FrameworkDraft.StageText(s.getId(), s.getLabel())).toList(),
                ds.stream().map(d -> new FrameworkDraft.DomainText(d.getId(), d.getTitle(), ss.stream()
                        .map(s -> cells.getOrDefault(d.getId() + ":" + s.getId(), "")).toList())).toList());
    }

    private MaturityFramework load(long frameworkId) {
        return frameworks.findById(frameworkId).filter(f -> f.getTeamId() == null)
                .orElseThrow(() -> new NotAllowedException(NOT_FOUND));
    }

    private MaturityFramework loadDraft(long frameworkId) {
        MaturityFramework framework = load(frameworkId);
        if (!framework.isDraft()) {
            throw new FrameworkRefusedException("Version " + framework.getVersion() + " of " + framework.getName()
                    + " is published, and a published version never changes, so the assessments made with it stay "
                    + "as they were. Start a new version from it instead.");
        }
        return framework;
    }

    private void requireUnchanged(MaturityFramework framework, Integer readVersion) {
        if (readVersion == null || readVersion != framework.getLockVersion()) {
            StaleRecordException.check(RECORD, readVersion, framework.getLockVersion(),
                    framework.getChangedBy() == null ? null : directory.personName(framework.getChangedBy()),
                    framework.getChangedAt());
        }
    }

    /** Writes now, so that two saves racing for one lock version are told in words, not as a database error. */
    private static void written(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(RECORD, null, null);
        }
    }

    private MaturityFramework saveNew(MaturityFramework draft) {
        try {
            return frameworks.saveAndFlush(draft);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new FrameworkRefusedException("Version " + draft.getVersion() + " of this framework already exists. "
                    + "Give the new version another label.");
        }
    }

    private void requireLabelFree(String code, String label, Long except) {
        boolean taken = frameworks.findByCode(code).stream()
                .anyMatch(f -> !f.getId().equals(except) && f.getVersion().strip().equalsIgnoreCase(label));
        if (taken) {
            throw new FrameworkRefusedException("Version " + label + " of this framework already exists. Give this "
                    + "version another label, for example the year it was published.");
        }
    }

    private static void requireDistinct(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n.toLowerCase(Locale.ROOT))) {
                throw new FrameworkRefusedException("Two " + what + " are both called \"" + n + "\". Give each a "
                        + "name of its own.");
            }
        }
    }

    /** A code for a new stage or domain, from its name, not yet used in this version. */
    private static String codeFor(String name, Set<String> used) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.length() > 30) {
            base = base.substring(0, 30);
        }
        if (base.isEmpty()) {
            base = "ITEM";
        }
        String code = base;
        for (int n = 2; used.contains(code); n++) {
            code = base + "_" + n;
        }
        used.add(code);
        return code;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private static String required(String text, int length, String what) {
        String trimmed = optional(text, length, what);
        if (trimmed.isEmpty()) {
            throw new FrameworkRefusedException(what + " is missing. Nothing was saved.");
        }
        return trimmed;
    }

    private static String optional(String text, int length, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > length) {
            throw new FrameworkRefusedException(what + " can be at most " + length + " characters; it has "
                    + trimmed.length() + ". Nothing was saved.");
        }
        return trimmed;
    }
}
