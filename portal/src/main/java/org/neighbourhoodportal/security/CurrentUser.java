package org.neighbourhoodportal.security;

import java.util.Optional;
import org.neighbourhoodportal.directory.AccessProfile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one place services ask, so a view check is never the only check. */
@Component
public class CurrentUser {

    public Optional<AccessProfile> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user.profile());
        }
        return Optional.empty();
    }

    /** The caller's profile; refuses when nobody is signed in. */
    public AccessProfile require() {
        return find().orElseThrow(() -> new NotAllowedException("Please sign in first."));
    }
}
