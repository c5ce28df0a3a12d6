package io.tandem.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in sessions for the benchmarks without browsers: each a real HTTP client with its own cookie jar that
 * signs in through the login form and opens a view the way the browser does, with the bootstrap request
 * ({@code ?v-r=init}, which creates the UI) and the first UIDL request with the {@code ui-navigate} event (which
 * renders the route and attaches its views, live subscriptions included).
 */
final class BenchSessions {

    static final String PASSWORD = "tandem-demo-2026";
    private static final String[] USERS = {"maya", "sam", "priya", "leo", "ines", "tom", "amara", "jonas", "chloe",
            "diego", "hana"};
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final int port;
    /** The bytes of the last session's two responses (bootstrap and first render). */
    int lastResponseBytes;

    BenchSessions(int port) {
        this.port = port;
    }

    /** Signs in {@code n} new sessions as the demo people in turn and opens {@code view} in each. */
    void open(int n, String view, List<HttpClient> keep) throws Exception {
        for (int i = 0; i < n; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            get(client, "/login");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USERS[i % USERS.length] + "&password="
                            + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new AssertionError("sign-in failed: " + login.statusCode() + " " + login.headers().map());
            }
            String init = get(client, "/?v-r=init&location=" + (view.equals("home") ? "" : view));
            // the browser then asks the server to navigate; only this renders the route's components
            Matcher ui = UI_ID.matcher(init);
            Matcher key = SECURITY_KEY.matcher(init);
            if (!ui.find() || !key.find()) {
                throw new AssertionError("no UI created: " + init.substring(0, Math.min(300, init.length())));
            }
            String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + (view.equals("home") ? "" : view)
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":0,\"clientId\":0}";
            String rendered = client.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.group(1)))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            String marker = switch (view) {
                case "leads" -> "lead-column";
                case "campaigns" -> "campaigns-view";
                default -> "home-view";
            };
            if (!rendered.contains(marker)) {
                throw new AssertionError("the " + view + " view was not rendered: " + rendered.substring(0,
                        Math.min(300, rendered.length())));
            }
            lastResponseBytes = init.length() + rendered.length();
            keep.add(client);
        }
    }

    private String get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
