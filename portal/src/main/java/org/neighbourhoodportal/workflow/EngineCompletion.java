package org.neighbourhoodportal.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's part of a person's task completion as one engine command: picking the task up (when nobody had),
 * keeping a parallel task's answer in its own scope, and completing it. The engine commands that
 * {@code RuntimeService.setVariablesLocal} and {@code TaskService.complete} run, and the claim's checks, in one
 * command context instead of three: the task is read once, and its row is not updated with the assignee only to be
 * deleted a moment later. The assignee set on the task is what records in the engine's history who did the task
 * (the history's task instance); the completion runs as the person (the engine's operation log). Runs in the
 * caller's transaction, as the services' calls do. Engine-internal API, so it stays in {@code workflow}, the engine
 * seam.
 */
@Component
class EngineCompletion {

    private final CommandExecutor commands;
    private final IdentityService identity;

    EngineCompletion(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.identity = engine.getIdentityService();
    }

    /**
     * @param claimAs             the engine's user id to pick the task up as first, or null when it is theirs already
     * @param completedBy         the engine's user id of the person completing it
     * @param parallelExecutionId for one of several parallel tasks, its execution, whose own scope gets
     *                            {@code values}; null for a task whose values go to the process
     */
    /**
     * What the engine's claim checks (the task exists, nobody else has it), then the assignee set on the task
     * itself, without the claim's assignment and update events: the task is completed in the same command, so its
     * row is never written with the assignee, the read model's listener is not asked to record an assignment a
     * moment before it removes the row, and the history's assignment entries are not written; the history's task
     * instance still names the person (its assignee is taken from the task when it completes).
     */
    private static void pickUp(CommandContext context, String taskId, String claimAs) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new NullValueException("Cannot find task with id " + taskId + ": task is null");
        }
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equals(claimAs)) {
            throw new TaskAlreadyClaimedException(taskId, assignee);
        }
        task.setAssigneeWithoutCascade(claimAs);
    }

    void claimAndComplete(String taskId, String claimAs, String completedBy, String parallelExecutionId,
                          Map<String, Object> values) {
        commands.execute(context -> {
            if (claimAs != null) {
                pickUp(context, taskId, claimAs);
            }
            identity.setAuthenticatedUserId(completedBy);
            try {
                if (parallelExecutionId != null) {
                    new SetExecutionVariablesCmd(parallelExecutionId, values, true).execute(context);
                    new CompleteTaskCmd(taskId, null).execute(context);
                } else {
                    new CompleteTaskCmd(taskId, values).execute(context);
                }
            } finally {
                identity.clearAuthentication();
            }
            return null;
        });
    }
}
