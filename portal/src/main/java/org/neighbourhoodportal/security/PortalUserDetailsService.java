package org.neighbourhoodportal.security;

import org.neighbourhoodportal.directory.Credentials;
import org.neighbourhoodportal.directory.DirectoryService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final DirectoryService directory;

    PortalUserDetailsService(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Credentials credentials = directory.credentials(email)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown e-mail address"));
        return new PortalUser(credentials.email(), credentials.passwordHash(), credentials.enabled(),
                directory.accessProfile(credentials.personId()));
    }
}
