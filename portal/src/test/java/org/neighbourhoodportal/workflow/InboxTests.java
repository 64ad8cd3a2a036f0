package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.neighbourhoodportal.security.RunAs;
import org.neighbourhoodportal.support.LoopDriver;
import org.neighbourhoodportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox reads the portal's read model of open work: it follows the engine exactly, pages on a stable key while
 * others finish tasks, and never fails because a task ended while it was being read.
 */
@PortalTest
class InboxTests {

    private static final String ACKNOWLEDGE = "Task_AcknowledgeFeedback";

    @Autowired LoopDriver loop;
    @Autowired RunAs runAs;
    @Autowired WorkflowService workflow;
    @Autowired TaskService engineTasks;
    @Autowired CurrentUser currentUser;
    @Autowired OpenWorkRebuild rebuild;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_read_model_lists_exactly_what_the_engine_offers_the_lead_through_claim_escalation_and_completion() {
        long first = loop.submitAsPpg("Read model: waiting room too cold");
        long second = loop.submitAsPpg("Read model: no hearing loop");
        WorkItem claimed = loop.requireTask(LEAD, first);
        runAs.person(LEAD, () -> workflow.claim(claimed.id()));
        engineTasks.setPriority(loop.requireTask(LEAD, second).id(), 90);
        loop.completeOk(LEAD, first, Map.of("acknowledgement", "Thank you, we have it."));

        runAs.person(LEAD, () -> {
            assertThat(ids(workflow.openWork(1000))).isEqualTo(engineIdsVisibleToCaller());
            assertThat(workflow.openWorkCounts(Instant.now(), Duration.ofDays(7)).open())
                    .isEqualTo(engineIdsVisibleToCaller().size());
            WorkItem escalated = workflow.task(loop.requireTask(LEAD, second).id());
            assertThat(escalated.priority()).isEqualTo(90);
            assertThat(workflow.teamTasks(0, 1).get(0).priority()).isEqualTo(90);
        });
    }

    @Test
    void a_read_model_out_of_step_with_the_engine_is_rebuilt_from_it() {
        loop.submitAsPpg("Rebuild: parking");
        Set<String> before = runAs.person(LEAD, () -> ids(workflow.openWork(1000)));
        jdbc.update("delete from open_work");

        assertThat(rebuild.rebuildIfOutOfStep()).isTrue();

        runAs.person(LEAD, () -> {
            assertThat(ids(workflow.openWork(1000))).isEqualTo(before).isEqualTo(engineIdsVisibleToCaller());
        });
        assertThat(rebuild.rebuildIfOutOfStep()).isFalse();
    }

    @Test
    void the_home_page_counts_every_open_task_not_only_the_first_page() {
        for (int i = 0; i < 3; i++) {
            loop.submitAsPpg("Counting " + i);
        }
        runAs.person(LEAD, () -> {
            WorkCounts counts = workflow.openWorkCounts(Instant.now(), Duration.ofDays(7));
            assertThat(workflow.openWork(2)).hasSize(2);
            assertThat(counts.open()).isEqualTo(engineIdsVisibleToCaller().size()).isGreaterThan(2);
            // each new acknowledgement is due in five days
            assertThat(counts.dueSoon()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void a_task_both_offered_to_the_lead_and_picked_up_by_them_counts_once_and_moves_from_due_soon_to_overdue() {
        String task = loop.requireTask(LEAD, loop.submitAsPpg("Counting: overdue")).id();
        Instant now = Instant.now();
        WorkCounts before = runAs.person(LEAD, () -> workflow.openWorkCounts(now, Duration.ofDays(7)));

        runAs.person(LEAD, () -> workflow.claim(task)); // now the lead's own and still offered to the lead's team
        engineTasks.setDueDate(task, java.util.Date.from(now.minus(Duration.ofDays(2))));

        WorkCounts after = runAs.person(LEAD, () -> workflow.openWorkCounts(now, Duration.ofDays(7)));
        assertThat(after.open()).isEqualTo(before.open())
                .isEqualTo((long) runAs.person(LEAD, () -> engineIdsVisibleToCaller().size()));
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.dueSoon()).isEqualTo(before.dueSoon() - 1);
    }

    @Test
    void paging_on_the_last_task_seen_neither_repeats_nor_skips_tasks_when_another_lead_finishes_one_meanwhile() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mine.add(loop.submitAsPpg("Scrolling " + i));
        }
        Set<String> mineIds = new HashSet<>();
        mine.forEach(id -> mineIds.add(loop.requireTask(LEAD, id).id()));
        List<WorkItem> all = runAs.person(LEAD, () -> workflow.teamTasks(0, 1000));
        int firstOfMine = indexOfFirst(all, mineIds);
        int pageSize = firstOfMine + 2;

        List<WorkItem> page1 = runAs.person(LEAD, () -> workflow.teamTasksAfter(null, pageSize));
        assertThat(page1).extracting(WorkItem::id)
                .containsExactlyElementsOf(all.subList(0, pageSize).stream().map(WorkItem::id).toList());
        // another lead finishes a task the first reader has already scrolled past
        WorkItem finished = page1.get(firstOfMine);
        long finishedFeedback = Long.parseLong(finished.businessKey());
        loop.completeOk(LEAD, finishedFeedback, Map.of("acknowledgement", "Done by the other lead."));

        List<WorkItem> page2 = runAs.person(LEAD, () -> workflow.teamTasksAfter(page1.get(page1.size() - 1), 1000));
        List<String> seen = new ArrayList<>(ids(page1));
        page2.forEach(t -> seen.add(t.id()));
        assertThat(seen).doesNotHaveDuplicates();
        Set<String> stillOpen = new HashSet<>(ids(all));
        stillOpen.remove(finished.id());
        assertThat(seen).containsAll(stillOpen);

        // the same scroll by position skips the task that moved up into the first page's place
        List<WorkItem> byOffset = runAs.person(LEAD, () -> workflow.teamTasks(pageSize, 1000));
        assertThat(ids(byOffset)).doesNotContain(all.get(pageSize).id());
    }

    @Test
    void the_inbox_and_home_page_read_without_failing_while_another_lead_finishes_tasks() throws Exception {
        List<Long> feedback = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            feedback.add(loop.submitAsPpg("Concurrent " + i));
        }
        AtomicBoolean finishing = new AtomicBoolean(true);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> runAs.person(LEAD, () -> {
            int reads = 0;
            while (finishing.get() || reads == 0) {
                try {
                    for (WorkItem t : workflow.teamTasks(0, 50)) {
                        try {
                            workflow.task(t.id());
                        } catch (NotAllowedException ended) {
                            // it ended after the list was read: the person is told it has been done
                            assertThat(ended.getMessage()).contains("already been done");
                        }
                    }
                    workflow.openWork(50);
                    workflow.openWorkCounts(Instant.now(), Duration.ofDays(7));
                    reads++;
                } catch (Throwable t) {
                    failures.add(t);
                    return reads;
                }
            }
            return reads;
        }));
        try {
            for (long id : feedback) {
                loop.completeOk(LEAD, id, Map.of("acknowledgement", "Thanks"));
            }
        } finally {
            finishing.set(false);
        }
        int reads = reader.get(2, TimeUnit.MINUTES);
        assertThat(failures).isEmpty();
        assertThat(reads).isPositive();
    }

    private Set<String> engineIdsVisibleToCaller() {
        AccessProfile me = currentUser.require();
        String user = Long.toString(me.personId());
        Set<String> ids = new HashSet<>();
        engineTasks.createTaskQuery().taskAssignee(user).list().forEach(t -> ids.add(t.getId()));
        engineTasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(me.workGroups())).includeAssignedTasks().list()
                .stream().map(Task::getId).forEach(ids::add);
        return ids;
    }

    private static int indexOfFirst(List<WorkItem> items, Set<String> ids) {
        for (int i = 0; i < items.size(); i++) {
            if (ids.contains(items.get(i).id())) {
                return i;
            }
        }
        throw new AssertionError("none of " + ids + " listed");
    }

    private static Set<String> ids(List<WorkItem> items) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        items.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
