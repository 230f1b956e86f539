package org.eduaid.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays the gateway and the browser in front of it through the authorization-code flow, one request
 * at a time (redirects followed by hand, so each step can be checked): authorize, the sign-in form,
 * back to authorize, the redirect carrying the code. PKCE as the gateway does it.
 */
final class ScriptedSignIn {

    static final String CLIENT_ID = "eduaid-gateway";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/eduaid";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+type=\"hidden\"\\s+value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI provider;
    private final HttpClient browser;
    private final String codeVerifier = randomToken();
    private final String state = randomToken();

    ScriptedSignIn(URI provider) {
        this.provider = provider;
        this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The authorization code the provider redirects back with, or empty when the sign-in was refused. */
    Optional<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> toLogin = page(provider.resolve("/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", CLIENT_ID, "scope", "openid profile", "state", state,
                "redirect_uri", REDIRECT_URI, "nonce", randomToken(),
                "code_challenge", challenge(codeVerifier), "code_challenge_method", "S256"))));
        expectRedirect(toLogin, "/login");
        HttpResponse<String> loginPage = page(location(toLogin));
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !csrf.find()) {
            throw new AssertionError("no sign-in form with a CSRF token: " + loginPage.statusCode() + " " + loginPage.body());
        }
        HttpResponse<String> afterLogin = browser.send(HttpRequest.newBuilder(provider.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (location(afterLogin).getPath().equals("/login")) {
            return Optional.empty();
        }
        HttpResponse<String> withCode = page(location(afterLogin));
        expectRedirect(withCode, "/login/oauth2/code/eduaid");
        Map<String, String> callback = query(location(withCode));
        if (!state.equals(callback.get("state"))) {
            throw new AssertionError("the state did not come back: " + location(withCode));
        }
        return Optional.ofNullable(callback.get("code"));
    }

    /** What the gateway sends to exchange the code, authenticated with its client secret. */
    HttpResponse<String> exchange(String code, String clientSecret) throws IOException, InterruptedException {
        return token(clientSecret, Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                "code_verifier", codeVerifier));
    }

    HttpResponse<String> refresh(String refreshToken, String clientSecret) throws IOException, InterruptedException {
        return token(clientSecret, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    private HttpResponse<String> token(String clientSecret, Map<String, String> parameters)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(provider.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser navigating: it says it wants HTML, which is how the provider tells it from an API caller. */
    private HttpResponse<String> page(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expectRedirect(HttpResponse<String> response, String path) {
        if (response.statusCode() != 302 || !location(response).getPath().equals(path)) {
            throw new AssertionError("expected a redirect to " + path + ", got " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("") + " " + response.body());
        }
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body())));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : Optional.ofNullable(uri.getRawQuery()).orElse("").split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
