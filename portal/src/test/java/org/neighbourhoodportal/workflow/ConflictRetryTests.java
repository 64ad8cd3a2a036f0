package org.neighbourhoodportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.AccessProfile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * What a person is told when their task completion fails, whatever the words of the failure: the unit view of the
 * race {@code FailuresToldTests} runs for real. The window it pins: the other session's completion commits after this
 * one read the task as open but before the engine loaded it, so the engine says it "cannot find" the task (seen in CI
 * on a busy machine); that is "someone else has just done this task", not a technical error.
 */
class ConflictRetryTests {

    private static final String TASK = "task-1";
    private static final AccessProfile LEAD = new AccessProfile(7L, "Lead", 1L, Set.of(1L), Set.of(), Map.of(),
            Set.of(), Set.of(), false);

    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    private ConflictRetry retry;

    @BeforeEach
    void transactionsThatDoNothing() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        retry = new ConflictRetry(transactions, tasks, history);
    }

    @Test
    void a_task_the_engine_cannot_find_because_the_lead_did_it_meanwhile_is_told_as_done_by_someone_else() {
        endedBy("7", "completed");

        assertThatThrownBy(() -> retry.completing(TASK, () -> LEAD, () -> {
            throw new NullValueException("Cannot find task with id task-1: task is null");
        })).isInstanceOf(TaskConflictException.class).hasMessageStartingWith("Someone else has just done this task");
    }

    @Test
    void a_task_that_ended_unanswered_at_its_deadline_says_so() {
        endedBy(null, "deleted");

        assertThatThrownBy(() -> retry.completing(TASK, () -> LEAD, () -> {
            throw new NullValueException("Cannot find task with id task-1: task is null");
        })).isInstanceOf(TaskConflictException.class).hasMessageStartingWith("This task has ended without an answer");
    }

    @Test
    void a_failure_on_a_task_still_open_is_not_dressed_up_as_a_conflict() {
        when(tasks.createTaskQuery().taskId(TASK).count()).thenReturn(1L);
        IllegalStateException failure = new IllegalStateException("the record could not be written");

        assertThatThrownBy(() -> retry.completing(TASK, () -> LEAD, () -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void when_the_check_itself_fails_the_original_failure_stands_with_the_check_attached() {
        when(tasks.createTaskQuery().taskId(TASK).count()).thenThrow(new IllegalStateException("database down"));
        IllegalStateException failure = new IllegalStateException("connection refused");

        assertThatThrownBy(() -> retry.completing(TASK, () -> LEAD, () -> {
            throw failure;
        })).isSameAs(failure).satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @Test
    void a_lost_race_on_a_task_still_open_is_tried_again_and_saves() {
        when(tasks.createTaskQuery().taskId(TASK).count()).thenReturn(1L);
        AtomicInteger attempts = new AtomicInteger();

        String saved = retry.completing(TASK, () -> LEAD, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OptimisticLockingException("the multi-instance counter moved");
            }
            return "saved";
        });

        assertThat(saved).isEqualTo("saved");
        assertThat(attempts).hasValue(2);
    }

    private void endedBy(String assignee, String deleteReason) {
        when(tasks.createTaskQuery().taskId(TASK).count()).thenReturn(0L);
        HistoricTaskInstance ended = mock(HistoricTaskInstance.class);
        when(ended.getAssignee()).thenReturn(assignee);
        when(ended.getDeleteReason()).thenReturn(deleteReason);
        when(history.createHistoricTaskInstanceQuery().taskId(TASK).finished().singleResult()).thenReturn(ended);
        when(history.createHistoricTaskInstanceQuery().taskId(TASK).singleResult()).thenReturn(ended);
        if (assignee == null) {
            org.camunda.bpm.engine.history.HistoricIdentityLinkLog offered =
                    mock(org.camunda.bpm.engine.history.HistoricIdentityLinkLog.class);
            when(offered.getUserId()).thenReturn("7");
            when(history.createHistoricIdentityLinkLogQuery().taskId(TASK).list()).thenReturn(java.util.List.of(offered));
        }
    }
}
