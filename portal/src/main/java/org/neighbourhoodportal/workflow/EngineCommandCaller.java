package org.neighbourhoodportal.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.neighbourhoodportal.directory.TrustedCaller;
import org.springframework.stereotype.Component;

/**
 * The process engine is the caller while it runs one of its commands: a delegate, a listener or a timer's job runs
 * inside one, a view never does. The engine sets and clears this context itself; nothing in the portal can grant it.
 * See docs/adr/0005.
 */
@Component
class EngineCommandCaller implements TrustedCaller {

    @Override
    public boolean isEngine() {
        return Context.getCommandContext() != null;
    }
}
