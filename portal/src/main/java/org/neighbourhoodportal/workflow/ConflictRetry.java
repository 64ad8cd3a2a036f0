package org.neighbourhoodportal.workflow;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.NotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a task completion in a transaction of its own, again if it lost a race that was not about the task itself.
 *
 * <p>Why a retry and not an async boundary: when two PPGs give their views on one proposal at the same moment, both
 * completions update the same multi-instance counter in the engine, and the later one fails with the engine's
 * optimistic locking exception although neither person did anything wrong. Retrying the whole completion (the
 * record's write and the engine's step) in a fresh transaction saves both, keeps the person's answer and the
 * process's step in one transaction (an async boundary would split them and move the failure to a background job
 * nobody watches), and needs no change to the models. The same holds for a submit that loses a database deadlock
 * to a timer. When the task itself is gone because someone else has just done it, retrying cannot help: the person
 * is told so, in words, with a {@link TaskConflictException}.
 */
@Component
class ConflictRetry {

    static final int ATTEMPTS = 4;
    static final String DONE_BY_SOMEONE_ELSE = "Someone else has just done this task, so your answer was not saved. "
            + "What you typed is still on the form if you want to keep a copy.";
    static final String ENDED_UNANSWERED = "This task has ended without an answer: its closing date passed, or it "
            + "was closed, so your answer was not saved. What you typed is still on the form if you want to keep a copy.";
    static final String STILL_BUSY = "Others were working on this at the same moment and your answer could not be "
            + "saved. What you typed is still here: please press the button again.";

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final TransactionTemplate transaction;
    private final TaskService tasks;
    private final HistoryService history;

    ConflictRetry(PlatformTransactionManager transactions, TaskService tasks, HistoryService history) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tasks = tasks;
        this.history = history;
    }

    /**
     * Whether the task was done by someone else is asked only when an attempt failed: a task that has ended is not in
     * the read model, so the attempt's own access check refuses it ({@link NotAllowedException}), and that refusal is
     * then told apart from "not yours". The happy path pays nothing for it.
     *
     * @param taskId  the task being completed
     * @param caller  the person completing it (read only after a failure): with their engine id and work groups,
     *                whether the task was ever theirs to see: only then does "someone else has just done this task"
     *                apply, and anyone else is refused as if the task did not exist
     * @param attempt the whole completion; it runs in a new transaction each time, and is run again (up to
     *                {@value #ATTEMPTS} times in all) only when it lost a race on the engine's or the database's locks
     * @return what the attempt returned
     * @throws TaskConflictException when the task, one the person could see, was done by someone else meanwhile, or
     *                               the race was lost every time
     */
    <T> T completing(String taskId, Supplier<AccessProfile> caller, Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return transaction.execute(status -> attempt.get());
            } catch (RuntimeException e) {
                boolean lostRace = isLostRace(e);
                // the task vanished before our read (someone did it since the person opened it), under our write, or
                // between the two (the engine then says it cannot find the task): whatever the failure's words, a task
                // that has ended meanwhile is told as such
                if (endedMeanwhile(taskId, caller, e)) {
                    throw new TaskConflictException(whyEnded(taskId), e);
                }
                if (!lostRace) {
                    throw e;
                }
                if (tried == ATTEMPTS) {
                    throw new TaskConflictException(STILL_BUSY, e);
                }
                log.info("Completing task {} lost a race (attempt {}), trying again: {}", taskId, tried, e.toString());
                pause(tried);
            }
        }
    }

    /**
     * Whether the failed attempt's task has ended meanwhile and was the caller's to see. When the check cannot be made
     * (the database is down, say), the attempt's own failure stands: it is rethrown by the caller of this method.
     */
    private boolean endedMeanwhile(String taskId, Supplier<AccessProfile> caller, RuntimeException failure) {
        try {
            return doneAlready(taskId, caller.get());
        } catch (RuntimeException checkFailed) {
            failure.addSuppressed(checkFailed);
            return false;
        }
    }

    /**
     * The task has ended (no longer open, but in the history) and was one the person could see: assigned to them, or
     * offered to one of their groups, at some time. An outsider is not told that the task existed.
     */
    private boolean doneAlready(String taskId, AccessProfile caller) {
        String userId = WorkflowService.userId(caller);
        Set<String> groups = caller.workGroups();
        if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
            return false;
        }
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (ended == null) {
            return false;
        }
        if (userId.equals(ended.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> userId.equals(link.getUserId())
                        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    /**
     * Done by someone, or ended unanswered (a round's deadline, or a boundary event that closed it): a late answer is
     * told that its time is up, not that someone else did it.
     */
    private String whyEnded(String taskId) {
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return ended != null && ended.getDeleteReason() != null && !"completed".equals(ended.getDeleteReason())
                ? ENDED_UNANSWERED : DONE_BY_SOMEONE_ELSE;
    }

    /** The engine's optimistic lock, or the database's deadlock or lock timeout, anywhere in the causes. */
    static boolean isLostRace(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                // 40xxx: deadlock or serialization failure; HYT00: H2's lock timeout; 1213/1205: MariaDB's
                if (state.startsWith("40") || state.equals("HYT00") || sql.getErrorCode() == 1213
                        || sql.getErrorCode() == 1205) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int tried) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60) * tried);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskConflictException(STILL_BUSY, e);
        }
    }
}
