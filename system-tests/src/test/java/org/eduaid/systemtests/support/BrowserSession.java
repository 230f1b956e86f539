package org.eduaid.systemtests.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser signed in through the gateway, as a person using the dashboard would be: the gateway
 * sends it to the identity provider's form, the provider sends it back with a code, and from then on
 * the gateway's session cookie is what identifies it. Every redirect is followed by hand, so a
 * sign-in that goes astray says where. Requests that change state carry the {@code X-XSRF-TOKEN}
 * header from the gateway's {@code XSRF-TOKEN} cookie, as the dashboard's scripts do.
 */
public final class BrowserSession {

    /** The one password of every demo account (see the README, "Signing in"). */
    public static final String DEMO_PASSWORD = "eduaid-demo";

    private static final String LOGIN_START = "/oauth2/authorization/eduaid";
    private static final String LOGIN_CALLBACK = "/login/oauth2/code/eduaid";
    private static final String XSRF_COOKIE = "XSRF-TOKEN";
    private static final String XSRF_HEADER = "X-XSRF-TOKEN";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_REDIRECTS = 10;
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+type=\"hidden\"\\s+value=\"([^\"]+)\"");

    private final URI gateway;
    private final String username;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private BrowserSession(URI gateway, String username) {
        this.gateway = gateway;
        this.username = username;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs a demo account in; see {@link #signIn(URI, String, String)}. */
    public static BrowserSession signInAsDemo(URI gateway, String username) {
        return signIn(gateway, username, DEMO_PASSWORD);
    }

    /**
     * Signs in through the gateway at {@code gateway} and fetches {@code /api/me} once, which sets the
     * {@code XSRF-TOKEN} cookie.
     *
     * @throws IllegalStateException when a step does not go as the login flow should, naming the step
     */
    public static BrowserSession signIn(URI gateway, String username, String password) {
        BrowserSession session = new BrowserSession(gateway, username);
        try {
            session.logIn(password);
        } catch (IOException e) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in as " + username, e);
        }
        return session;
    }

    public String username() {
        return username;
    }

    /** A GET through the gateway with the session cookie, as the dashboard's scripts send it. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST of {@code json} with the session cookie and the CSRF header; {@code headers} are more
     * name/value pairs (a {@code traceparent}, say).
     */
    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = api(path).header("Content-Type", "application/json")
                .header(XSRF_HEADER, xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PUT of {@code json} with the session cookie and the CSRF header (a budget, say). */
    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return http.send(api(path).header("Content-Type", "application/json").header(XSRF_HEADER, xsrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST of a raw body (a CSV file, say) as {@code contentType}, with the session cookie and the
     * CSRF header, as the dashboard uploads a file.
     */
    public HttpResponse<String> postBody(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(api(path).header("Content-Type", contentType).header(XSRF_HEADER, xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private void logIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = navigate(page(gateway.resolve(LOGIN_START)));
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find() || !csrf.find()) {
            throw new IllegalStateException("Starting the login at " + gateway.resolve(LOGIN_START)
                    + " did not lead to a sign-in form but to " + describe(loginPage));
        }
        URI formTarget = loginPage.uri().resolve(action.group(1));
        HttpResponse<String> afterForm = navigate(HttpRequest.newBuilder(formTarget).timeout(TIMEOUT)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build());
        if (!isCallback(afterForm.uri())) {
            throw new IllegalStateException("The identity provider did not let " + username
                    + " in (wrong password or unknown account?): the sign-in ended at " + describe(afterForm));
        }
        if (afterForm.statusCode() / 100 != 3) {
            throw new IllegalStateException("The gateway did not accept the provider's answer for " + username + ": "
                    + describe(afterForm));
        }
        HttpResponse<String> me = get("/api/me");
        if (me.statusCode() != 200 || xsrfCookie().isEmpty()) {
            throw new IllegalStateException("Signed in as " + username + ", but GET /api/me answered " + describe(me)
                    + (xsrfCookie().isEmpty() ? " and set no " + XSRF_COOKIE + " cookie" : ""));
        }
    }

    /**
     * Sends {@code request} and follows the redirects it leads to; the answer of the last hop, or the
     * gateway's answer at its login callback: where it sends the browser after that (the dashboard)
     * does not matter here, the session is set.
     */
    private HttpResponse<String> navigate(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; isRedirect(response) && !isCallback(response.uri()); hop++) {
            if (hop == MAX_REDIRECTS) {
                throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects, last to " + describe(response));
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = http.send(page(next), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** A browser following a link: it asks for HTML, which is how both the gateway and the provider tell it from a script. */
    private static HttpRequest page(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    private String xsrfToken() {
        return xsrfCookie().orElseThrow(() -> new IllegalStateException(
                "No " + XSRF_COOKIE + " cookie from the gateway; GET /api/me should have set it"));
    }

    private Optional<String> xsrfCookie() {
        return cookies.getCookieStore().get(gateway).stream().filter(cookie -> XSRF_COOKIE.equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst();
    }

    private boolean isCallback(URI uri) {
        return gateway.getHost().equals(uri.getHost()) && gateway.getPort() == uri.getPort()
                && LOGIN_CALLBACK.equals(uri.getPath());
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return response.statusCode() + " " + response.uri() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
