package org.neighbourhoodportal.directory.domain;

import org.hibernate.envers.RevisionListener;
import org.neighbourhoodportal.directory.ProfileHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names who acted on each revision: the signed-in person (their id and name as the directory had them at sign-in),
 * or nobody when the portal acted on its own (the first administrator's creation, a process step). Envers creates
 * this listener itself, so it reads the security context rather than asking a bean.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (authentication.getPrincipal() instanceof ProfileHolder holder && holder.profile() != null) {
            revision.actedBy(holder.profile().personId(), holder.profile().displayName());
        } else {
            revision.actedBy(null, authentication.getName());
        }
    }
}
