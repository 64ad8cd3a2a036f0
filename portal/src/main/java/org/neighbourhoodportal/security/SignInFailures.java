package org.neighbourhoodportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the sign-in page with what went wrong, for the page to say in plain English ({@code LoginView}): a wrong
 * e-mail address or password ({@code ?error}, the same whether or not the address exists), a pause after too many
 * ({@code ?paused=minutes}), or why the organisation's account was not accepted ({@code ?organisation=reason}).
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    /** The reasons {@code ?organisation=} may give. */
    static final String UNKNOWN_EMAIL = "unknown";
    static final String UNVERIFIED_EMAIL = "unverified";
    static final String NOT_ACCEPTED = "failed";

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String query;
        if (failure instanceof SignInPausedException paused) {
            query = "paused=" + paused.minutes();
        } else if (failure instanceof OAuth2AuthenticationException organisation) {
            String code = organisation.getError().getErrorCode();
            query = "organisation=" + (code.equals(UNKNOWN_EMAIL) || code.equals(UNVERIFIED_EMAIL)
                    ? code : NOT_ACCEPTED);
        } else {
            query = "error";
        }
        redirect.sendRedirect(request, response, "/login?" + query);
    }
}
