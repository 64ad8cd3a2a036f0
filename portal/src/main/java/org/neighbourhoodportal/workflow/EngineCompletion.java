package org.neighbourhoodportal.workflow;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The engine's part of a person's task completion as one engine command: picking the task up (when nobody had),
 * keeping a parallel task's answer in its own scope, and completing it. The same engine commands that
 * {@code TaskService.claim}, {@code RuntimeService.setVariablesLocal} and {@code TaskService.complete} run, in one
 * command context instead of three: the task is read once, and its row is not updated with the assignee only to be
 * deleted a moment later. The claim is what records in the engine's history who did the task; the completion runs
 * as the person (the engine's operation log), the claim before it as before (not logged). Runs in the caller's
 * transaction, as the services' calls do. Engine-internal API, so it stays in {@code workflow}, the engine seam.
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
    void claimAndComplete(String taskId, String claimAs, String completedBy, String parallelExecutionId,
                          Map<String, Object> values) {
        commands.execute(context -> {
            if (claimAs != null) {
                new ClaimTaskCmd(taskId, claimAs).execute(context);
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
