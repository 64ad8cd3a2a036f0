package org.neighbourhoodportal.security;

import java.util.Collection;
import java.util.List;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, with the access profile worked out from the directory at sign-in. */
public record PortalUser(String email, String passwordHash, boolean enabled, AccessProfile profile)
        implements UserDetails {

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
