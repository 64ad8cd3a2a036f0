package org.neighbourhoodportal.security;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.DirectoryService;
import org.neighbourhoodportal.directory.TrustedCaller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling: the one place services (through their feature's policy) ask, so a view check is never the only
 * check.
 *
 * <p>The session remembers only who signed in. What they may do is read from the directory when they act: once per
 * HTTP request (a Vaadin click is one request), kept for the rest of that request; outside a request (a test, the
 * demo loader) once per transaction. So removing someone from a team takes effect on their next click, for the price
 * of one profile read per request.
 */
@Component
public class CurrentUser {

    private static final String REQUEST_CACHE = CurrentUser.class.getName() + ".profile";
    private static final Object TRANSACTION_CACHE = new Object();

    private final DirectoryService directory;
    private final ObjectProvider<TrustedCaller> trusted;

    CurrentUser(DirectoryService directory, ObjectProvider<TrustedCaller> trusted) {
        this.directory = directory;
        this.trusted = trusted;
    }

    /**
     * The signed-in person's profile as the directory has it now; empty when nobody is signed in, or when the person
     * has been taken out of the directory since they signed in.
     */
    public Optional<AccessProfile> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // signed in with a password, or with the organisation's account (the same person, the same profile read)
        Object principal = authentication == null ? null : authentication.getPrincipal();
        PortalUser user = principal instanceof OrganisationUser withOrganisation ? withOrganisation.person()
                : principal instanceof PortalUser withPassword ? withPassword : null;
        if (user != null) {
            try {
                return Optional.of(current(user.profile().personId()));
            } catch (NoSuchElementException removed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The caller's profile.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public AccessProfile require() {
        return find().orElseThrow(() -> new NotAllowedException("Please sign in first."));
    }

    /**
     * Whether the process engine is the caller, running one of its steps (a timer, a delegate, a listener). A person
     * may be signed in at the same time, when their task completion moved the process on.
     */
    public boolean isEngine() {
        TrustedCaller caller = trusted.getIfAvailable();
        return caller != null && caller.isEngine();
    }

    /**
     * For steps only the process runs.
     *
     * @throws NotAllowedException unless the process engine is the caller
     */
    public void requireEngine() {
        if (!isEngine()) {
            throw new NotAllowedException("Only the portal's own processes can do this.");
        }
    }

    private AccessProfile current(long personId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST) instanceof AccessProfile cached
                    && cached.personId() == personId) {
                return cached;
            }
            AccessProfile profile = directory.accessProfile(personId);
            request.setAttribute(REQUEST_CACHE, profile, RequestAttributes.SCOPE_REQUEST);
            return profile;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (TransactionSynchronizationManager.getResource(TRANSACTION_CACHE) instanceof AccessProfile cached) {
                if (cached.personId() == personId) {
                    return cached;
                }
                TransactionSynchronizationManager.unbindResource(TRANSACTION_CACHE);
            }
            AccessProfile profile = directory.accessProfile(personId);
            TransactionSynchronizationManager.bindResource(TRANSACTION_CACHE, profile);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_CACHE);
                }
            });
            return profile;
        }
        return directory.accessProfile(personId);
    }
}
