package org.neighbourhoodportal.directory;

/**
 * A caller that acts for the portal itself rather than for a signed-in person: the process engine running a step
 * (a timer, a delegate, a listener). The directory sits below every other feature, so it cannot ask the engine
 * itself; {@code workflow} implements this with the engine's own running-command context, which only the engine
 * sets, and {@link org.neighbourhoodportal.security.CurrentUser} offers it to the features' policies. Deliberately
 * not something a caller can switch on: no method here or in the implementation grants the identity.
 */
public interface TrustedCaller {

    /** Whether the code running now was called by the process engine while it runs one of its commands. */
    boolean isEngine();
}
