package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.BrowserTestBase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a browser gets over real HTTP from the running app (Tomcat's cookie, the headers): the
 * session cookie stays home, the pages carry their policies, and another site's login POST signs
 * no one in.
 */
class BrowserDefencesIT extends BrowserTestBase {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY).build();

    @Test
    void theSessionCookieIsSameSiteLaxHttpOnlyAndNeverInAUrl() throws Exception {
        HttpResponse<String> loginPage = get("login", null);
        String cookie = loginPage.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");

        // a first visit without a cookie is sent to sign in without ;jsessionid in the address
        HttpResponse<String> home = get("", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("location").orElseThrow()).endsWith("/login").doesNotContain("jsessionid");
        assertThat(loginPage.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void everyPageCarriesTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        for (String path : new String[] {"login", "register", "no/such/page"}) {
            HttpResponse<String> response = get(path, null);
            Map<String, List<String>> csp = directives(response.headers().firstValue("content-security-policy")
                    .orElseThrow(() -> new AssertionError(path + " has no Content-Security-Policy")));
            assertThat(csp.get("default-src")).as(path).containsExactly("'self'");
            assertThat(csp.get("object-src")).as(path).containsExactly("'none'");
            assertThat(csp.get("base-uri")).as(path).containsExactly("'self'");
            assertThat(csp.get("frame-ancestors")).as(path).containsExactly("'none'");
            // scripts from this origin only: no wildcard, no plain-http host, no data: URL
            assertThat(csp.get("script-src")).as(path).isNotEmpty()
                    .noneMatch(source -> source.contains("*") || source.toLowerCase(Locale.ROOT).startsWith("http:")
                            || source.toLowerCase(Locale.ROOT).startsWith("data:"));
            assertThat(response.headers().firstValue("referrer-policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("permissions-policy").orElseThrow())
                    .as(path).contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(response.headers().firstValue("x-frame-options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("x-content-type-options")).as(path).contains("nosniff");
        }
    }

    @Test
    void aLoginPostFromAnotherSiteDoesNotSignTheBrowserIn() throws Exception {
        // the victim's browser has a session with Stride; a foreign page posts the attacker's login
        HttpResponse<String> loginPage = get("login", null);
        String session = sessionOf(loginPage);
        HttpResponse<String> forged = postLogin(session, null, "https://evil.example");
        assertThat(forged.headers().firstValue("location").orElseThrow()).endsWith("/login?expired");
        String afterForgery = sessionOf(forged) == null ? session : sessionOf(forged);
        assertThat(get("", afterForgery).headers().firstValue("location").orElseThrow()).endsWith("/login");

        // Stride's own form sends the page's token and signs in
        Matcher token = CSRF_META.matcher(loginPage.body());
        assertThat(token.find()).as("the login page's _csrf meta tag").isTrue();
        HttpResponse<String> real = postLogin(session, token.group(1), url("").replaceAll("/$", ""));
        assertThat(real.headers().firstValue("location").orElseThrow()).doesNotContain("login");
        assertThat(get("", sessionOf(real)).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String session, String token, String origin)
            throws IOException, InterruptedException {
        String form = "username=student&password=student-demo"
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Origin", origin)
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream()
                .map(SESSION_COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(null);
    }

    /** A policy header as its directives, each with its source list, as a browser splits it. */
    private static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> directives = new HashMap<>();
        for (String directive : policy.split(";")) {
            List<String> words = List.of(directive.trim().split("\\s+"));
            if (!words.get(0).isEmpty()) {
                directives.putIfAbsent(words.get(0).toLowerCase(Locale.ROOT), words.subList(1, words.size()));
            }
        }
        return directives;
    }
}
