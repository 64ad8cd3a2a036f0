package org.neighbourhoodportal.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in needs one: real HTTP to the running portal, a cookie jar, redirects followed by hand so
 * a test sees each step.
 */
final class HttpBrowser {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String portal;

    HttpBrowser(int port) {
        this.portal = "http://localhost:" + port;
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(absolute(url))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects from this URL until a page answers or the next step leaves the portal; the last answer. */
    HttpResponse<String> follow(String url) throws Exception {
        HttpResponse<String> response = get(url);
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            response = get(location(response));
        }
        return response;
    }

    /** Posts the sign-in form as the portal's page does, with the CSRF token from the page's head. */
    HttpResponse<String> signIn(String email, String password, String clientAddress) throws Exception {
        Map<String, String> token = csrfToken();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        form.put(token.get("_csrf_parameter"), token.get("_csrf"));
        return post("/login", form, clientAddress);
    }

    /** The CSRF parameter's name and value that the sign-in page carries in its head. */
    Map<String, String> csrfToken() throws Exception {
        String page = get("/login").body();
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher matcher = META.matcher(page);
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new AssertionError("The sign-in page carries no CSRF token: " + page);
        }
        return meta;
    }

    HttpResponse<String> post(String path, Map<String, String> form, String clientAddress) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(absolute(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientAddress != null) {
            // as the proxy in front of the portal says who the client is (server.forward-headers-strategy)
            request.header("X-Forwarded-For", clientAddress);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this browser's session is signed in: the home page answers instead of sending it to sign in. */
    boolean isSignedIn() throws Exception {
        HttpResponse<String> home = get("/");
        if (home.statusCode() == 200) {
            return true;
        }
        if (home.statusCode() / 100 == 3 && location(home).contains("/login")) {
            return false;
        }
        throw new AssertionError("Unexpected answer from the home page: " + home.statusCode());
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode()));
    }

    private String absolute(String url) {
        return url.startsWith("http") ? url : portal + (url.startsWith("/") ? url : "/" + url);
    }
}
