package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.COUNCIL_MEMBER;
import static org.neighbourhoodportal.directory.DemoDirectoryData.LEAD;

import java.time.Instant;
import java.util.Map;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.directory.DirectoryChanges;
import org.neighbourhoodportal.support.PortalTest;
import org.neighbourhoodportal.workplan.PlanSummary;
import org.neighbourhoodportal.workplan.WorkplanService;
import org.neighbourhoodportal.workplan.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's roles are read when they act, not only when they sign in: the session keeps who signed in, and each
 * request reads what they may do now. Each "click" here is one request with the same signed-in session.
 */
@PortalTest
class RolesReadWhenTheyActTests {

    @Autowired PortalUserDetailsService users;
    @Autowired DirectoryChanges directory;
    @Autowired WorkplanService workplan;
    @Autowired ProgressService progressService;
    @Autowired RunAs runAs;
    @Autowired CurrentUser currentUser;
    @Autowired SignInAccounts accounts;
    @Autowired org.neighbourhoodportal.directory.DirectoryAdministration administration;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void someone_removed_as_a_lead_is_refused_on_their_next_click_without_signing_out() {
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            signIn(COUNCIL_MEMBER);
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isTrue();

            directory.remove(lead);

            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();
            assertThatThrownBy(() -> click(() -> progressService.takeBaseline(harborough.id(), "Not a lead any more")))
                    .isInstanceOf(NotAllowedException.class);
        } finally {
            directory.remove(lead);
        }
    }

    @Test
    void a_role_an_administrator_removes_on_the_administration_page_is_gone_on_the_persons_next_click() {
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        long lead = runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR, () ->
                administration.grantRole(idOf(COUNCIL_MEMBER), org.neighbourhoodportal.directory.Role.INT_LEAD,
                        harborough.teamId()));
        try {
            signIn(COUNCIL_MEMBER);
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isTrue();

            SecurityContextHolder.clearContext();
            runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR,
                    () -> administration.removeRole(lead));
            signInAsBefore(COUNCIL_MEMBER, harborough.teamId());

            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
            try {
                directory.remove(lead);
            } catch (RuntimeException alreadyRemoved) {
                // removed by the test, as it should be
            }
        }
    }

    @Test
    void a_switched_off_person_is_signed_out_and_their_session_ended_on_their_next_request() throws Exception {
        long member = idOf(COUNCIL_MEMBER);
        signIn(COUNCIL_MEMBER);
        PortalUser signedIn = (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        SecurityContextHolder.clearContext();
        runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR,
                () -> administration.deactivate(member));
        try {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
            request.setSession(session);
            MockHttpServletResponse response = new MockHttpServletResponse();
            boolean[] reached = new boolean[1];
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            new FreshAuthorities(currentUser, accounts).doFilter(request, response, (req, res) -> reached[0] = true);

            assertThat(reached[0]).as("the request reaches the portal").isFalse();
            assertThat(session.isInvalid()).as("the session has ended").isTrue();
            assertThat(response.getRedirectedUrl()).isEqualTo("/login");
            assertThat(users.load(COUNCIL_MEMBER).isEnabled()).as("may sign in").isFalse();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
            runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR,
                    () -> administration.reactivate(member));
        }
    }

    @Test
    void a_switched_off_person_signed_in_with_their_organisations_account_is_signed_out_on_their_next_request()
            throws Exception {
        long member = idOf(COUNCIL_MEMBER);
        signInWithOrganisation(COUNCIL_MEMBER);
        org.springframework.security.core.Authentication signedIn =
                SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR,
                () -> administration.deactivate(member));
        try {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
            request.setSession(session);
            MockHttpServletResponse response = new MockHttpServletResponse();
            boolean[] reached = new boolean[1];
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            new FreshAuthorities(currentUser, accounts).doFilter(request, response, (req, res) -> reached[0] = true);

            assertThat(reached[0]).as("the request reaches the portal").isFalse();
            assertThat(session.isInvalid()).as("the session has ended").isTrue();
            assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
            runAs.person(org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR,
                    () -> administration.reactivate(member));
        }
    }

    @Test
    void a_view_for_leads_refuses_someone_signed_in_with_their_organisations_account_removed_as_a_lead()
            throws Exception {
        Class<?> leadsOnly = Class.forName("org.neighbourhoodportal.feedback.ui.ShareProposalView");
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            signInWithOrganisation(COUNCIL_MEMBER); // the session's authorities say INT lead
            assertThat(mayOpen(leadsOnly)).isTrue();

            directory.remove(lead);

            assertThat(mayOpen(leadsOnly)).as("the next click, same session").isFalse();
            assertThat(SecurityContextHolder.getContext().getAuthentication())
                    .as("still signed in with the organisation's account")
                    .isInstanceOf(OAuth2AuthenticationToken.class);
        } finally {
            directory.remove(lead);
        }
    }

    private long idOf(String email) {
        return runAs.person(email, () -> currentUser.require().personId());
    }

    /** The session as it was before the change: the profile it holds still says lead of the team. */
    private void signInAsBefore(String email, long teamId) {
        PortalUser now = users.load(email);
        org.neighbourhoodportal.directory.AccessProfile p = now.profile();
        java.util.Set<Long> led = new java.util.HashSet<>(p.ledTeams());
        led.add(teamId);
        PortalUser before = new PortalUser(now.email(), now.passwordHash(), now.enabled(),
                new org.neighbourhoodportal.directory.AccessProfile(p.personId(), p.displayName(),
                        p.organisationId(), led, p.memberTeams(), p.ppgTeams(), p.managedIcbs(), p.icbTeams(),
                        p.administrator()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(before, null, before.getAuthorities()));
    }

    @Test
    void someone_made_a_lead_may_act_as_one_on_their_next_click() {
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        signIn(COUNCIL_MEMBER);
        assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();

        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isTrue();
        } finally {
            directory.remove(lead);
        }
    }

    @Test
    void within_one_click_the_roles_are_read_once() {
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            signIn(COUNCIL_MEMBER);
            boolean[] answers = click(() -> {
                boolean before = workplan.canEditPlan(harborough.id());
                directory.remove(lead);
                // the same request: the profile read at its start still applies
                return new boolean[]{before, workplan.canEditPlan(harborough.id())};
            });
            assertThat(answers).containsExactly(true, true);
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();
        } finally {
            directory.remove(lead);
        }
    }

    @Test
    void someone_signed_in_with_their_organisations_account_is_read_afresh_on_each_click_too() {
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        signInWithOrganisation(COUNCIL_MEMBER);
        assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();

        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isTrue();
            directory.remove(lead);
            assertThat(click(() -> workplan.canEditPlan(harborough.id()))).isFalse();
        } finally {
            directory.remove(lead);
        }
    }

    @Test
    void a_view_for_leads_refuses_someone_removed_as_a_lead_on_their_next_click() throws Exception {
        // @RolesAllowed("INT_LEAD"); package-private in its feature, as views are
        Class<?> leadsOnly = Class.forName("org.neighbourhoodportal.feedback.ui.ShareProposalView");
        PlanSummary harborough = runAs.person(LEAD, () -> workplan.plans().get(0));
        long lead = directory.makeLead(COUNCIL_MEMBER, harborough.teamId());
        try {
            signIn(COUNCIL_MEMBER); // the session's authorities say INT lead
            assertThat(mayOpen(leadsOnly)).isTrue();

            directory.remove(lead);

            assertThat(mayOpen(leadsOnly)).as("the next click, same session").isFalse();
            assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                    .as("the session itself still remembers who signed in").isNotEmpty();
        } finally {
            directory.remove(lead);
        }
    }

    /** As sign-in with the organisation's account leaves the session (see OrganisationAccounts). */
    private void signInWithOrganisation(String email) {
        PortalUser user = users.load(email);
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "subject-at-the-provider", "iss", "https://login.example.org", "email", email,
                        "email_verified", true));
        OrganisationUser principal = new OrganisationUser(user, idToken, null);
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "organisation"));
    }

    /**
     * One request through the portal's filter, asking what Vaadin's view access check asks: may the signed-in person
     * open the view? The request is wrapped as Spring Security wraps it, so its roles are the security context's.
     */
    private boolean mayOpen(Class<?> view) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/proposals/new");
        boolean[] allowed = new boolean[1];
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            new FreshAuthorities(currentUser, accounts).doFilter(request, new MockHttpServletResponse(), (req, res) ->
                    allowed[0] = new AccessAnnotationChecker().hasAccess(view,
                            new SecurityContextHolderAwareRequestWrapper((HttpServletRequest) req, "ROLE_")));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        return allowed[0];
    }

    /** Signs in as the session would: the principal holds the profile as it was at sign-in. */
    private void signIn(String email) {
        PortalUser user = users.load(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** One HTTP request (a Vaadin click) by the signed-in person. */
    private static <T> T click(Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
