package org.neighbourhoodportal.support;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neighbourhoodportal.it.FullSuite;

/**
 * Runs a database-backed test class on the database this run asks for ({@link TestDatabase}). On MariaDB with no
 * server: skipped with one printed line, or failed when {@code portal.require.full.suite=true} (CI), so a missing
 * server never quietly proves nothing.
 */
public final class OnTestDatabase implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.mariaDb()) {
            return ConditionEvaluationResult.enabled("on H2");
        }
        Optional<String> problem = TestDatabase.unreachable();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("MariaDB answers");
        }
        if (FullSuite.required()) {
            throw new IllegalStateException(TestDatabase.SKIPPED.replace("SKIPPED", "FAILED") + " ("
                    + problem.get() + "), and " + FullSuite.PROPERTY + "=true says it must run.");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(TestDatabase.SKIPPED + " (" + problem.get() + ")");
        }
        return ConditionEvaluationResult.disabled(TestDatabase.SKIPPED);
    }
}
