package org.neighbourhoodportal.security;

import java.util.Collection;
import java.util.List;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. The profile is the one worked out at sign-in; it names the person and gives the roles the
 * views' coarse {@code @RolesAllowed} checks see. What the person may do to a record is decided on the profile
 * {@link CurrentUser} reads afresh on each request, never on this one.
 */
public record PortalUser(String email, String passwordHash, boolean enabled, AccessProfile profile)
        implements UserDetails, org.neighbourhoodportal.directory.ProfileHolder {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = profile.roles().stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).map(GrantedAuthority.class::cast).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "PortalUser[" + email + "]";
    }
}
