package org.neighbourhoodportal.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.records.StaleRecordException;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workplan.TagGroup;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Frameworks kept in the browser: an administrator starts a framework or a new version as a draft, edits it and
 * publishes it; a published version never changes, so an assessment made with it reads the same after a new version is
 * published. A context of its own: the frameworks published here would otherwise appear in other tests' lists (the
 * work plan's tags, the versions a lead is offered).
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=frameworks")
class FrameworkAdministrationTests {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired FrameworkAdministration administration;
    @Autowired MaturityService maturity;
    @Autowired WorkplanService workplan;
    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_draft_is_offered_nowhere_until_it_is_published_and_then_leads_can_use_it() {
        String code = code();
        long id = admin(() -> administration.start(code, "Local maturity 🌱", "Our ICB's own matrix, 2026", "2026"));
        FrameworkDraft draft = admin(() -> administration.save(edit(admin(() -> administration.version(id)),
                List.of("Starting 🚀", "Established"), List.of("Leadership", "Data"))));
        assertThat(draft.domains()).extracting(FrameworkDraft.DomainText::title).containsExactly("Leadership", "Data");
        assertThat(draft.domains().get(0).descriptors()).containsExactly("Leadership at Starting 🚀 ✅",
                "Leadership at Established ✅");

        assertThat(runAs.person(LEAD, () -> maturity.frameworks())).extracting(FrameworkVersion::code)
                .doesNotContain(code);
        assertThat(tagGroups()).extracting(TagGroup::code).doesNotContain(code);
        assertThat(summary(code).versions()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(FrameworkStatus.DRAFT);
            assertThat(v.createdBy()).isNotBlank();
            assertThat(v.publishedAt()).isNull();
        });

        admin(() -> {
            administration.publish(id, draft.lockVersion());
            return null;
        });
        FrameworkVersion offered = runAs.person(LEAD, () -> maturity.frameworks()).stream()
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        assertThat(offered.name()).isEqualTo("Local maturity 🌱");
        assertThat(offered.stages()).extracting(Stage::label).containsExactly("Starting 🚀", "Established");
        assertThat(offered.domains().get(0).descriptors()).containsValue("Leadership at Starting 🚀 ✅");
        assertThat(tagGroups()).extracting(TagGroup::code).contains(code);
        FrameworkSummary.Version published = summary(code).versions().get(0);
        assertThat(published.status()).isEqualTo(FrameworkStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo(published.createdBy());
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.domains()).isEqualTo(2);
        assertThat(published.stages()).isEqualTo(2);
        assertThat(published.assessments()).isZero();
    }

    @Test
    void publishing_is_refused_until_the_source_a_domain_two_stages_every_descriptor_and_a_label_of_its_own() {
        String code = code();
        long id = admin(() -> administration.start(code, "Rules", "  ", "v1"));
        FrameworkDraft empty = admin(() -> administration.version(id));
        assertPublishRefused(id, "source");

        FrameworkDraft sourced = save(new FrameworkDraft(id, code, empty.status(), empty.lockVersion(), "Rules", "v1",
                "A source", List.of(), List.of()));
        assertPublishRefused(id, "at least one domain");

        FrameworkDraft oneStage = save(edit(sourced, List.of("Only stage"), List.of("A domain")));
        assertPublishRefused(id, "Add a second stage");

        FrameworkDraft twoStages = save(edit(oneStage, List.of("First", "Second"), List.of("A domain", "B domain")));
        List<FrameworkDraft.DomainText> gap = new ArrayList<>(twoStages.domains());
        gap.set(1, new FrameworkDraft.DomainText(gap.get(1).id(), "B domain", List.of("Written", "  ")));
        FrameworkDraft missing = save(new FrameworkDraft(id, code, twoStages.status(), twoStages.lockVersion(),
                "Rules", "v1", "A source", twoStages.stages(), gap));
        assertPublishRefused(id, "Missing: \"B domain\" at \"Second\".");

        FrameworkDraft complete = save(edit(missing, List.of("First", "Second"), List.of("A domain", "B domain")));
        // another version with the same label, but for its case, published meanwhile (as a migration might load one)
        jdbc.update("insert into framework (code, name, version, source, team_id, sort_order) values "
                + "(?, 'Rules', 'V1', 'Loaded', null, 99)", code);
        assertPublishRefused(id, "Version v1 of this framework already exists");
        assertThat(complete.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(admin(() -> administration.version(id)).status()).isEqualTo(FrameworkStatus.DRAFT);
    }

    @Test
    void a_framework_work_plans_are_only_tagged_to_is_published_without_stages_and_never_offered_for_assessment() {
        String code = code();
        long id = admin(() -> administration.start(code, "Local principles", "Our ICB's principles, 2026", "2026"));
        FrameworkDraft tagsOnly = save(edit(admin(() -> administration.version(id)), List.of(),
                List.of("Prevention first", "Joined-up care 🤝")));
        admin(() -> {
            administration.publish(id, tagsOnly.lockVersion());
            return null;
        });

        assertThat(summary(code).versions()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(FrameworkStatus.PUBLISHED);
            assertThat(v.stages()).isZero();
            assertThat(v.domains()).isEqualTo(2);
        });
        assertThat(tagGroups()).extracting(TagGroup::code).contains(code);
        assertThat(runAs.person(LEAD, () -> maturity.frameworks())).extracting(FrameworkVersion::code)
                .doesNotContain(code);
        long team = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        assertThatThrownBy(() -> open(team, id)).isInstanceOf(AssessmentRefusedException.class)
                .hasMessageContaining("no domains and stages to assess against");
    }

    @Test
    void a_published_version_is_never_edited_published_again_or_discarded() {
        long matrix = matrixId();
        FrameworkDraft seeded = admin(() -> administration.version(matrix));
        assertThat(seeded.status()).isEqualTo(FrameworkStatus.PUBLISHED);
        FrameworkDraft renamed = new FrameworkDraft(matrix, seeded.code(), seeded.status(), seeded.lockVersion(),
                "Renamed", seeded.version(), seeded.source(), seeded.stages(), seeded.domains());
        assertThatThrownBy(() -> save(renamed)).isInstanceOf(FrameworkRefusedException.class)
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> admin(() -> {
            administration.publish(matrix, seeded.lockVersion());
            return null;
        })).isInstanceOf(FrameworkRefusedException.class);
        assertThatThrownBy(() -> admin(() -> {
            administration.discard(matrix, seeded.lockVersion());
            return null;
        })).isInstanceOf(FrameworkRefusedException.class);
        assertThat(admin(() -> administration.version(matrix))).isEqualTo(seeded);
    }

    @Test
    void a_new_version_never_changes_an_old_assessment_and_a_new_assessment_can_use_it() {
        String code = code();
        long v1 = publishedFramework(code, "2025", List.of("Foundation", "Step 1", "Step 2"),
                List.of("Leadership", "Data", "People"));
        long team = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        long old = open(team, v1);
        AssessmentDetails before = runAs.person(LEAD, () -> maturity.assessment(old));

        long v2 = admin(() -> administration.draftFrom(v1, "2026"));
        FrameworkDraft copy = admin(() -> administration.version(v2));
        assertThat(copy.stages()).extracting(FrameworkDraft.StageText::label)
                .containsExactly("Foundation", "Step 1", "Step 2");
        assertThat(copy.domains()).extracting(FrameworkDraft.DomainText::title)
                .containsExactly("Leadership", "Data", "People");
        assertThat(copy.domains().get(1).descriptors()).containsExactly("Data at Foundation ✅", "Data at Step 1 ✅",
                "Data at Step 2 ✅");
        // the new version: a stage renamed and one removed, a domain renamed, one removed and one added, words changed
        List<FrameworkDraft.StageText> stages = List.of(
                new FrameworkDraft.StageText(copy.stages().get(0).id(), "Getting started"),
                new FrameworkDraft.StageText(copy.stages().get(2).id(), "Step 2"));
        List<FrameworkDraft.DomainText> domains = List.of(
                new FrameworkDraft.DomainText(copy.domains().get(0).id(), "Leadership and partnerships",
                        List.of("New words", "More new words")),
                new FrameworkDraft.DomainText(copy.domains().get(1).id(), "Data",
                        List.of("Data at Foundation ✅", "Data at Step 2 ✅")),
                new FrameworkDraft.DomainText(null, "Digital", List.of("Digital start", "Digital later")));
        FrameworkDraft saved = save(new FrameworkDraft(v2, code, copy.status(), copy.lockVersion(), copy.name(),
                "2026", copy.source(), stages, domains));
        admin(() -> {
            administration.publish(v2, saved.lockVersion());
            return null;
        });

        AssessmentDetails after = runAs.person(LEAD, () -> maturity.assessment(old));
        assertThat(after.framework()).isEqualTo(before.framework());
        assertThat(after.framework().version()).isEqualTo("2025");
        assertThat(after.domains()).isEqualTo(before.domains());
        assertThat(after.framework().stages()).extracting(Stage::label)
                .containsExactly("Foundation", "Step 1", "Step 2");
        assertThat(after.framework().domains().get(0).descriptors().values())
                .containsExactlyInAnyOrder("Leadership at Foundation ✅", "Leadership at Step 1 ✅",
                        "Leadership at Step 2 ✅");

        long fresh = open(team, v2);
        AssessmentDetails next = runAs.person(LEAD, () -> maturity.assessment(fresh));
        assertThat(next.framework().version()).isEqualTo("2026");
        assertThat(next.domains()).extracting(AssessmentDetails.DomainRow::domain)
                .containsExactly("Leadership and partnerships", "Data", "Digital");
        assertThat(next.framework().stages()).extracting(Stage::label).containsExactly("Getting started", "Step 2");
        assertThat(summary(code).versions()).extracting(FrameworkSummary.Version::version,
                FrameworkSummary.Version::assessments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026", 1L), org.assertj.core.groups.Tuple.tuple("2025", 1L));
    }

    @Test
    void a_lead_cannot_open_an_assessment_with_a_draft() {
        String code = code();
        long v1 = publishedFramework(code, "1", List.of("A", "B"), List.of("Only"));
        long draft = admin(() -> administration.draftFrom(v1, "2"));
        long team = runAs.person(LEAD, () -> currentUser.require().ledTeams().iterator().next());
        assertThatThrownBy(() -> open(team, draft)).isInstanceOf(AssessmentRefusedException.class)
                .hasMessageContaining("published");
    }

    @Test
    void draft_from_copies_a_version_refuses_a_used_label_and_a_discarded_draft_leaves_the_original_as_it_was() {
        long matrix = matrixId();
        FrameworkDraft original = admin(() -> administration.version(matrix));
        assertThatThrownBy(() -> admin(() -> administration.draftFrom(matrix, " 2019 ")))
                .isInstanceOf(FrameworkRefusedException.class).hasMessageContaining("already exists");
        long draft = admin(() -> administration.draftFrom(matrix, "Draft " + code()));
        FrameworkDraft copy = admin(() -> administration.version(draft));
        assertThat(copy.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(copy.domains()).hasSize(5).allSatisfy(d -> assertThat(d.descriptors()).hasSize(4)
                .allSatisfy(text -> assertThat(text).isNotBlank()));
        assertThat(copy.domains()).extracting(FrameworkDraft.DomainText::descriptors)
                .isEqualTo(original.domains().stream().map(FrameworkDraft.DomainText::descriptors).toList());

        admin(() -> {
            administration.discard(draft, copy.lockVersion());
            return null;
        });
        assertThatThrownBy(() -> admin(() -> administration.version(draft))).isInstanceOf(NotAllowedException.class);
        assertThat(admin(() -> administration.version(matrix))).isEqualTo(original);
    }

    @Test
    void the_second_of_two_administrators_saving_one_draft_is_told_and_nothing_is_overwritten() {
        String code = code();
        long id = admin(() -> administration.start(code, "Shared draft", "Source", "1"));
        FrameworkDraft first = admin(() -> administration.version(id));
        FrameworkDraft second = admin(() -> administration.version(id));
        save(new FrameworkDraft(id, code, first.status(), first.lockVersion(), "First's name", "1", "Source",
                List.of(), List.of()));
        assertThatThrownBy(() -> save(new FrameworkDraft(id, code, second.status(), second.lockVersion(),
                "Second's name", "1", "Source", List.of(), List.of())))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("were not saved")
                .hasMessageNotContaining("Someone else");
        assertThatThrownBy(() -> admin(() -> {
            administration.publish(id, second.lockVersion());
            return null;
        })).isInstanceOf(StaleRecordException.class);
        assertThat(admin(() -> administration.version(id)).name()).isEqualTo("First's name");
    }

    @Test
    void a_refused_edit_saves_nothing_and_says_why() {
        String code = code();
        long id = admin(() -> administration.start(code, "Names", "Source", "1"));
        FrameworkDraft draft = admin(() -> administration.version(id));
        assertThatThrownBy(() -> save(edit(draft, List.of("Same", "same"), List.of("D"))))
                .isInstanceOf(FrameworkRefusedException.class).hasMessageContaining("both called");
        assertThatThrownBy(() -> save(edit(draft, List.of("One", " "), List.of("D"))))
                .isInstanceOf(FrameworkRefusedException.class).hasMessageContaining("stage's name is missing");
        assertThatThrownBy(() -> admin(() -> administration.start(code, "Again", "S", "1")))
                .isInstanceOf(FrameworkRefusedException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> admin(() -> administration.start("no!", "Bad code", "S", "1")))
                .isInstanceOf(FrameworkRefusedException.class).hasMessageContaining("short code");
        assertThat(admin(() -> administration.version(id))).isEqualTo(draft);
    }

    @Test
    void only_administrators_keep_the_frameworks() {
        assertThatThrownBy(() -> runAs.person(LEAD, () -> administration.frameworks()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> administration.start(code(), "N", "S", "1")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> runAs.person(LEAD, () -> administration.draftFrom(matrixId(), "x")))
                .isInstanceOf(NotAllowedException.class);
    }

    // ----------------------------------------------------------------------------------------------------------------

    private static String code() {
        return "TEST_FW_" + CODES.incrementAndGet();
    }

    private <T> T admin(java.util.concurrent.Callable<T> call) {
        return runAs.person(ADMINISTRATOR, () -> {
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private FrameworkDraft save(FrameworkDraft edit) {
        return admin(() -> administration.save(edit));
    }

    private void assertPublishRefused(long id, String why) {
        FrameworkDraft now = admin(() -> administration.version(id));
        assertThatThrownBy(() -> admin(() -> {
            administration.publish(id, now.lockVersion());
            return null;
        })).isInstanceOf(FrameworkRefusedException.class).hasMessageContaining(why);
    }

    /** The draft with these stages and domains (matched to existing ones by name), every descriptor written. */
    private static FrameworkDraft edit(FrameworkDraft draft, List<String> stageLabels, List<String> domainTitles) {
        List<FrameworkDraft.StageText> stages = stageLabels.stream().map(l -> new FrameworkDraft.StageText(
                draft.stages().stream().filter(s -> s.label().equals(l)).map(FrameworkDraft.StageText::id)
                        .findFirst().orElse(null), l)).toList();
        List<FrameworkDraft.DomainText> domains = domainTitles.stream().map(t -> new FrameworkDraft.DomainText(
                draft.domains().stream().filter(d -> d.title().equals(t)).map(FrameworkDraft.DomainText::id)
                        .findFirst().orElse(null), t,
                stageLabels.stream().map(l -> t + " at " + l + " ✅").toList())).toList();
        return new FrameworkDraft(draft.id(), draft.code(), draft.status(), draft.lockVersion(), draft.name(),
                draft.version(), draft.source(), stages, domains);
    }

    private long publishedFramework(String code, String label, List<String> stages, List<String> domains) {
        long id = admin(() -> administration.start(code, "Framework " + code, "Source of " + code, label));
        FrameworkDraft saved = save(edit(admin(() -> administration.version(id)), stages, domains));
        admin(() -> {
            administration.publish(id, saved.lockVersion());
            return null;
        });
        return id;
    }

    private long open(long team, long frameworkId) {
        long lead = runAs.person(LEAD, () -> currentUser.require().personId());
        Map<Long, Long> owners = new HashMap<>();
        jdbc.queryForList("select id from framework_item where framework_id = ?", Long.class, frameworkId)
                .forEach(d -> owners.put(d, lead));
        return runAs.person(LEAD, () -> maturity.open(new OpenRequest(team, frameworkId, "Framework test "
                + CODES.incrementAndGet(), LocalDate.now(clock).plusWeeks(3), owners)));
    }

    private FrameworkSummary summary(String code) {
        return admin(() -> administration.frameworks()).stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private List<TagGroup> tagGroups() {
        return runAs.person(LEAD, () -> {
            long plan = workplan.plans().get(0).id();
            return workplan.tagGroups(plan);
        });
    }

    private long matrixId() {
        return jdbc.queryForObject("select id from framework where code = 'PCN_MATURITY' and version = '2019'",
                Long.class);
    }
}
