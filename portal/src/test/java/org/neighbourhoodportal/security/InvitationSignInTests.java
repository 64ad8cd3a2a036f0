package org.neighbourhoodportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhoodportal.directory.DemoDirectoryData.ADMINISTRATOR;
import static org.neighbourhoodportal.directory.DemoDirectoryData.MEMBER;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhoodportal.accounts.InvitationRow;
import org.neighbourhoodportal.accounts.InvitationService;
import org.neighbourhoodportal.accounts.LinkNotUsableException;
import org.neighbourhoodportal.accounts.PasswordService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9's "done when", for invitations and "forgot password": an administrator invites someone new; the e-mail
 * reaches a real SMTP server (GreenMail) from the outbox; its link opens the portal's page over real HTTP without
 * signing in; the person sets a password through the link (what the page does) and then signs in through the
 * portal's own sign-in form. The same link then no longer works.
 */
class InvitationSignInTests extends SignInServer {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://portal.example.org";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/set-password/([A-Za-z0-9_-]{43})");
    private static final String PASSPHRASE = "copper kettle on a windy hill";
    private static GreenMail smtp;

    @Autowired RunAs runAs;
    @Autowired InvitationService invitations;
    @Autowired PasswordService passwords;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("portal.notifications.mail-enabled", () -> "true");
        registry.add("portal.notifications.send-automatically", () -> "true");
        registry.add("portal.notifications.poll-every", () -> "PT0.3S");
        registry.add("portal.notifications.base-url", () -> BASE_URL + "/");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        Thread.sleep(600); // what the demo data queued at start-up has gone by now
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from account_request_throttle").update();
    }

    @Test
    void an_invited_person_sets_a_password_from_the_email_and_signs_in_and_the_link_then_no_longer_works()
            throws Exception {
        String address = "new.volunteer@example.org";
        InvitationRow sent = runAs.person(ADMINISTRATOR,
                () -> invitations.inviteByEmail(address, "Nia Volunteer"));
        assertThat(sent.name()).isEqualTo("Nia Volunteer");

        MimeMessage invitation = awaitMessageTo(address);
        assertThat(invitation.getSubject()).isEqualTo("You are invited to the Neighbourhood Portal");
        String body = GreenMailUtil.getBody(invitation);
        assertThat(body).contains("Hello Nia Volunteer").contains("Portal Administrator has invited you");
        String token = linkIn(body);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?").param(token)
                .query(Integer.class).single()).as("the secret itself is not stored").isZero();
        assertThat(browser.signIn(address, PASSPHRASE, null).headers().firstValue("Location").orElse(""))
                .as("no password works before one is set").contains("/login");

        HttpResponse<String> page = browser.get("/set-password/" + token);
        assertThat(page.statusCode()).as("the link's page opens without signing in").isEqualTo(200);
        assertThat(passwords.check(token).usable()).isTrue();
        assertThat(passwords.setPassword(token, PASSPHRASE, "198.51.100.7")).isEqualTo(address);

        browser = new HttpBrowser(port);
        browser.signIn(address, PASSPHRASE, null);
        assertThat(browser.isSignedIn()).isTrue();

        assertThat(passwords.check(token).usable()).isFalse();
        assertThatThrownBy(() -> passwords.setPassword(token, "another long passphrase here", "198.51.100.7"))
                .isInstanceOf(LinkNotUsableException.class);
        assertThat(jdbc.sql("select body from notification_outbox where email = ?").param(address)
                .query(String.class).single()).as("the link is no longer kept in the outbox").doesNotContain(token);
    }

    @Test
    void forgot_password_mails_a_link_to_a_known_address_and_nothing_to_an_unknown_one_with_the_same_answer()
            throws Exception {
        passwords.requestReset(MEMBER, "198.51.100.8");
        passwords.requestReset("nobody-here@example.org", "198.51.100.8");

        // the demo's own work (a highlight report's tasks) may e-mail the member too: look for the reset among them
        MimeMessage reset = awaitMessageTo(MEMBER, "Set a new password for the Neighbourhood Portal");
        String token = linkIn(GreenMailUtil.getBody(reset));
        Thread.sleep(1000);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::recipient))
                .contains(MEMBER).doesNotContain("nobody-here@example.org");

        passwords.setPassword(token, PASSPHRASE, "198.51.100.8");
        browser.signIn(MEMBER, PASSPHRASE, null);
        assertThat(browser.isSignedIn()).isTrue();
    }

    private MimeMessage awaitMessageTo(String address) throws Exception {
        return awaitMessageTo(address, null);
    }

    private MimeMessage awaitMessageTo(String address, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (address.equals(recipient(message)) && (subject == null || subject.equals(message.getSubject()))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail reached " + address);
    }

    private String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkIn(String body) {
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(link.find()).as("the e-mail carries a link on the portal's address: " + body).isTrue();
        return link.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
