package org.neighbourhoodportal.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with an e-mail address and password, slowed down and then paused after wrong passwords
 * ({@link SignInThrottle}). The only authentication provider of the application (Spring Security uses a single
 * provider bean as the global one, so no second, unthrottled password check stands behind it).
 *
 * <p>While paused, a try is refused before the password is looked at, so even the right one does not get in and a
 * refusal says nothing about the password. An unknown address costs the same password hashing as a known one
 * (Spring's {@link DaoAuthenticationProvider} hashes a dummy password), is answered the same and counted the same.
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledPasswordSignIn(PortalUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String clientAddress = attempt.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitBefore(email, clientAddress);
        if (!wait.isZero()) {
            throw new SignInPausedException(wait);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            throttle.failed(email, clientAddress);
            throw refused;
        }
        throttle.succeeded(email);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
