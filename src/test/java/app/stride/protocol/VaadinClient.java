package app.stride.protocol;

import static app.stride.protocol.HttpTransport.pathAndQuery;

import app.stride.protocol.VaadinClientException.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab talking Vaadin Flow 24's client-server protocol (UIDL over XHR) without a
 * browser: a Java port of vaadin-load's VaadinSession (/work/shared/tools/vaadin-load).
 *
 * <p>A page load is GET the page (redirects followed), bootstrap the UI with {@code ?v-r=init}
 * (or the init JSON index.html embeds with eagerServerLoad), then the {@code ui-navigate} event
 * that renders the view. Every later action is one {@code POST ?v-r=uidl} whose response updates
 * the mirrored {@link StateTree}. When the server answers with a page load (setLocation, logout,
 * reload) the action follows it as a browser would.
 *
 * <p><b>Strictly sequential:</b> the server expects the UI's messages one after another (a
 * clientId out of step breaks the UI), so an instance is one tab for one thread. The methods are
 * synchronized so that misuse queues up instead of corrupting the ids. Instances share nothing
 * (own HttpClient, own cookies), so threads may each drive their own.
 *
 * <p><b>When is a change acknowledged?</b> When {@link #setValue} (or the click that carries a
 * queued value) returns normally: the server has answered that request. A NETWORK or TIMEOUT
 * failure leaves it unknown whether the server ran it; the UI is then unusable until the next page
 * load ({@link #open} or {@link #login}).
 *
 * <p>No JavaScript runs: {@code execute} commands are ignored except page loads; no push, no
 * polling, no heartbeats, no static resources.
 */
public final class VaadinClient implements AutoCloseable {

    public static final String LOGIN_ROUTE = "login";
    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final int MAX_PAGE_LOADS = 5;
    private static final Pattern EAGER_INIT =
            Pattern.compile("window\\.Vaadin\\.TypeScript\\s*=\\s*(\\{.*?\\});\\s*</script>", Pattern.DOTALL);
    private static final Pattern LOGIN_ERROR = Pattern.compile("(^|&)error\\b");

    private final URI base;
    private final HttpTransport http;
    private final List<String> warnings = new ArrayList<>();
    private boolean closed;
    private URI pageUri;
    private String pageHtml;
    private String location = "";
    private String query = "";
    /** The current page's UI; null before the first page load. Kept after leaving, for reading. */
    private UiChannel ui;

    /**
     * @param baseUrl the app's context root, e.g. http://127.0.0.1:8080/ (routes are relative to it)
     * @param requestTimeout the deadline of each HTTP request, connect and complete response
     */
    public VaadinClient(URI baseUrl, Duration requestTimeout) {
        String url = baseUrl.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.http = new HttpTransport(requestTimeout);
    }

    /** A client for an app at the root of 127.0.0.1:port. */
    public static VaadinClient local(int port, Duration requestTimeout) {
        return new VaadinClient(URI.create("http://127.0.0.1:" + port + "/"), requestTimeout);
    }

    /** Sends the header with every request from now on: a client that sets what a browser would not (a forged X-Forwarded-For). */
    public synchronized VaadinClient sendAlways(String name, String value) {
        http.sendAlways(name, value);
        return this;
    }

    /** Logs every exchange with its bodies to the sink (e.g. System.out::println) while debugging; null stops. */
    public synchronized VaadinClient trace(Consumer<String> sink) {
        http.trace(sink);
        return this;
    }

    // ---------------------------------------------------------------- pages

    /**
     * A full page load, as typing the URL: GET the route (following redirects, e.g. to the login
     * view), bootstrap a new UI and render the view. Leaves the current page first (UNLOAD beacon).
     */
    public synchronized void open(String route) {
        ensureNotClosed();
        leavePage();
        loadPage(resolve(route));
        followPageLoads();
    }

    /**
     * Client-side navigation inside the current UI, as a RouterLink or the side nav does it: one
     * {@code ui-navigate} event with the next history index, no page load.
     */
    public synchronized void navigate(String route) {
        requireUsableUi();
        URI target = resolve(route);
        location = relativeLocation(target);
        query = rawQuery(target);
        navigateEvent(ui.nextHistoryIndex());
        followPageLoads();
    }

    /**
     * Spring Security form login behind Vaadin's LoginForm (action "login"): opens the login view
     * unless already on it, POSTs the credentials with the page's CSRF token, follows the redirect to
     * the saved request and bootstraps the UI there. A rejected login is a LOGIN failure.
     */
    public synchronized void login(String username, String password) {
        ensureNotClosed();
        if (!onUsableLoginPage()) {
            leavePage();
            loadPage(resolve(LOGIN_ROUTE));
            followPageLoads();
        }
        String parameter = htmlMeta(pageHtml, "_csrf_parameter").orElse("_csrf");
        // Vaadin's formdata hook sends the XSRF-TOKEN cookie instead of the meta token when there is one
        Optional<String> token = http.cookies().get("XSRF-TOKEN")
                .map(cookie -> URLDecoder.decode(cookie, StandardCharsets.UTF_8))
                .or(() -> htmlMeta(pageHtml, "_csrf"));
        StringBuilder form = new StringBuilder();
        token.ifPresent(t -> form.append(formField(parameter, t)).append('&'));
        form.append(formField("username", username)).append('&').append(formField("password", password));
        leavePage(); // the browser's pagehide beacon for the login UI
        URI action = resolve(LOGIN_ROUTE);
        HttpTransport.Response response = http.send("POST", action,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", ACCEPT_HTML), form.toString());
        if (!response.isRedirect()) {
            throw new VaadinClientException(Kind.LOGIN, "login POST -> HTTP " + response.status()
                    + (response.status() == 403 ? " (CSRF token rejected?)" : ""), response.status(), null);
        }
        URI target = resolveAgainst(action, response.location().orElseThrow());
        if (LOGIN_ERROR.matcher(rawQuery(target)).find() || relativeLocation(target).equals(LOGIN_ROUTE)) {
            throw new VaadinClientException(Kind.LOGIN, "login rejected for user \"" + username
                    + "\" (redirect to " + pathAndQuery(target) + ")");
        }
        HttpTransport.Response page = http.get(target, ACCEPT_HTML);
        requireOk(page, "GET " + pathAndQuery(target) + " after login");
        if (relativeLocation(page.uri()).equals(LOGIN_ROUTE)) {
            throw new VaadinClientException(Kind.LOGIN, "still on the login page after login");
        }
        pageHtml = page.body();
        pageUri = page.uri();
        bootstrap();
        followPageLoads();
    }

    private boolean onUsableLoginPage() {
        // a broken UI (e.g. the server restarted) means its page's token belongs to a lost session
        return ui != null && ui.isUsable() && LOGIN_ROUTE.equals(location) && htmlMeta(pageHtml, "_csrf").isPresent();
    }

    /** Closes the tab: the UNLOAD beacon for the current UI, if any (failures ignored). */
    @Override
    public synchronized void close() {
        if (!closed) {
            leavePage();
            closed = true;
        }
    }

    // ---------------------------------------------------------------- user actions

    /** Types a value: mSync of "value" plus the event the server synchronizes it on, in one request now. */
    public void setValue(Node node, Object value) {
        setProperty(node, "value", value);
    }

    /**
     * Types a value but sends it with the next request, as a browser does when the change (blur) and
     * a click land in the same task: {@code queueValue(field, "x"); click(button)} is one request.
     */
    public void queueValue(Node node, Object value) {
        queueProperty(node, "value", value);
    }

    /** {@link #setValue} for another synchronized property, e.g. "checked" or "opened". */
    public synchronized void setProperty(Node node, String property, Object value) {
        List<ObjectNode> rpcs = propertyChange(node, property, value);
        ui.send(rpcs);
        followPageLoads();
    }

    /** {@link #queueValue} for another synchronized property. */
    public synchronized void queueProperty(Node node, String property, Object value) {
        List<ObjectNode> rpcs = propertyChange(node, property, value);
        ui.queue(rpcs);
    }

    /** A click with the event data a browser's plain left click gives. */
    public void click(Node node) {
        fireEvent(node, "click", Map.of());
    }

    /** Any DOM event the server listens to on the node; {@code data} overrides the browser-like defaults. */
    public synchronized void fireEvent(Node node, String event, Map<String, ?> data) {
        requireCurrent(node);
        if (!node.listeners().contains(event)) {
            throw new VaadinClientException(Kind.PROTOCOL, node + " has no server-side \"" + event
                    + "\" listener (has: " + node.listeners() + ")");
        }
        ObjectNode eventData = EventData.build(node, event, ui.spec(node, event));
        data.forEach((key, value) -> eventData.set(key, Json.MAPPER.valueToTree(value)));
        ui.send(List.of(eventRpc(node, event, eventData)));
        followPageLoads();
    }

    private List<ObjectNode> propertyChange(Node node, String property, Object value) {
        requireCurrent(node);
        String event = synchronizingEvent(node, property);
        JsonNode json = Json.MAPPER.valueToTree(value);
        node.map(Features.ELEMENT_PROPERTIES).put(property, Json.toJava(json)); // the element now holds it
        ObjectNode sync = Json.MAPPER.createObjectNode().put("type", "mSync").put("node", node.id())
                .put("feature", Features.ELEMENT_PROPERTIES).put("property", property);
        sync.set("value", json);
        return List.of(sync, eventRpc(node, event, EventData.build(node, event, ui.spec(node, event))));
    }

    /**
     * The event whose spec synchronizes the property: change (TextField), then property-changed,
     * then input (ValueChangeMode.EAGER/LAZY). None is a PROTOCOL failure rather than a warning as in
     * the JS client's setValue: the server would drop the value silently, and a test would count it as saved.
     */
    private String synchronizingEvent(Node node, String property) {
        List<String> preference = List.of("change", property + "-changed", "input");
        Comparator<String> preferred = Comparator.comparingInt(e -> preference.contains(e) ? preference.indexOf(e) : 99);
        return node.listeners().stream()
                .filter(event -> EventData.synchronizedProperties(ui.spec(node, event)).contains(property))
                .min(preferred) // the first of equals, as the JS client's stable sort
                .orElseThrow(() -> new VaadinClientException(Kind.PROTOCOL,
                        node + ": no listener synchronizes \"" + property + "\" (listeners " + node.listeners() + ")"));
    }

    private static ObjectNode eventRpc(Node node, String event, ObjectNode data) {
        ObjectNode rpc = Json.MAPPER.createObjectNode().put("type", "event").put("node", node.id()).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    // ---------------------------------------------------------------- reading the UI

    /** The mirrored state tree of the current page (empty before the first page load). */
    public synchronized StateTree tree() {
        return ui == null ? new StateTree() : ui.tree();
    }

    /** Attached nodes matching the predicate, in document order. */
    public synchronized List<Node> find(Predicate<Node> predicate) {
        return tree().find(predicate);
    }

    /** The first attached node matching the predicate, or a NOT_FOUND failure naming {@code what}. */
    public synchronized Node findOne(Predicate<Node> predicate, String what) {
        return find(predicate).stream().findFirst().orElseThrow(() -> new VaadinClientException(Kind.NOT_FOUND,
                "no " + what + " in the UI (location \"" + location + "\")"));
    }

    /** The node and the nodes below it in document order: children, then virtual children. */
    public synchronized List<Node> walk(Node node) {
        return node.tree().walk(node);
    }

    /** textContent of the node: its text nodes (and text-like properties) in child order. */
    public synchronized String textOf(Node node) {
        return node.tree().textOf(node);
    }

    /** The first attached element, of that tag when not null, whose text contains the substring. */
    public synchronized Optional<Node> findByText(String substring, String tag) {
        return tree().findByText(substring, tag);
    }

    /** The attached element whose id attribute is elementId. */
    public synchronized Optional<Node> findById(String elementId) {
        return tree().findById(elementId);
    }

    /** The current route, relative to the context root and without a leading slash ("" is the root). */
    public synchronized String location() {
        return location;
    }

    /** The current query string without "?" ("" when none). */
    public synchronized String query() {
        return query;
    }

    /** The current UI's id; empty before a page load, after leaving a page or after a logout. */
    public synchronized OptionalInt uiId() {
        return ui == null || ui.isGone() ? OptionalInt.empty() : OptionalInt.of(ui.id());
    }

    /** True when there is a UI whose requests have all succeeded, i.e. actions may be sent. */
    public synchronized boolean hasUsableUi() {
        return !closed && ui != null && ui.isUsable();
    }

    /** The last UIDL message (or init uidl) the server sent to the current UI. */
    public synchronized Optional<JsonNode> lastResponse() {
        return ui == null ? Optional.empty() : ui.lastResponse();
    }

    public synchronized Optional<String> cookie(String name) {
        return http.cookies().get(name);
    }

    /** HTTP requests sent so far, beacons and redirect hops included. */
    public synchronized int requestCount() {
        return http.requestCount();
    }

    /** Things the client noticed but does not emulate (push, polling, syncId jumps). */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    // ---------------------------------------------------------------- page loads

    private void loadPage(URI target) {
        HttpTransport.Response page = http.get(target, ACCEPT_HTML);
        requireOk(page, "GET " + pathAndQuery(target));
        pageHtml = page.body();
        pageUri = page.uri();
        bootstrap();
    }

    /** A new UI for the loaded page: init (eager or ?v-r=init), then ui-navigate renders the view. */
    private void bootstrap() {
        ui = null;
        location = relativeLocation(pageUri);
        query = rawQuery(pageUri);
        JsonNode initial = eagerInit(pageHtml).orElseGet(this::fetchInit);
        ui = new UiChannel(http, base, pageUri, initial, warnings);
        // Vaadin 24's client-side bootstrap: the view is created when the client fires ui-navigate
        if (ui.tree().root().map(root -> root.listeners().contains("ui-navigate")).orElse(false)) {
            navigateEvent(0);
        }
    }

    /** With vaadin.eagerServerLoad=true index.html embeds the init JSON, view already rendered. */
    private static Optional<JsonNode> eagerInit(String html) {
        Matcher m = html == null ? null : EAGER_INIT.matcher(html);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        try {
            // dev mode writes "window.Vaadin.TypeScript= {};": no initial, so init is fetched
            JsonNode initial = Json.MAPPER.readTree(m.group(1)).path("initial");
            return initial.has("appConfig") ? Optional.of(initial) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private JsonNode fetchInit() {
        URI init = base.resolve("?v-r=init&location=" + urlEncode(location) + "&query=" + urlEncode(query));
        HttpTransport.Response response = http.send("GET", init, Map.of("Accept", "application/json"), null);
        requireOk(response, "init");
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new VaadinClientException(Kind.PROTOCOL, "init: response is not JSON: " + UiChannel.abbreviate(response.body()), e);
        }
    }

    /** ui-navigate to the current location; its route has a leading slash, init's location none. */
    private void navigateEvent(int historyIndex) {
        Node root = ui.tree().root().orElseThrow(() -> new VaadinClientException(Kind.PROTOCOL, "no UI node"));
        ObjectNode data = EventData.build(root, "ui-navigate", ui.spec(root, "ui-navigate"));
        data.put("route", "/" + location).put("query", query).put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", "");
        ui.send(List.of(eventRpc(root, "ui-navigate", data)));
    }

    /** After an action: the server asked for another page (logout, setLocation, reload). Load it. */
    private void followPageLoads() {
        for (int loads = 0; ui != null; loads++) {
            Optional<String> next = ui.takePendingLocation();
            if (next.isEmpty()) {
                return;
            }
            if (loads == MAX_PAGE_LOADS) {
                throw new VaadinClientException(Kind.PROTOCOL, "more than " + MAX_PAGE_LOADS
                        + " server-requested page loads in a row (last: " + next.get() + ")");
            }
            leavePage();
            loadPage(resolveAgainst(pageUri, next.get()));
        }
    }

    private void leavePage() {
        if (ui != null) {
            ui.leave();
        }
    }

    // ---------------------------------------------------------------- checks and helpers

    private void ensureNotClosed() {
        if (closed) {
            throw new VaadinClientException(Kind.PROTOCOL, "the client is closed");
        }
    }

    private void requireUsableUi() {
        ensureNotClosed();
        if (ui == null) {
            throw new VaadinClientException(Kind.PROTOCOL, "no UI: open(route) or login(...) first");
        }
        ui.requireUsable();
    }

    private void requireCurrent(Node node) {
        requireUsableUi();
        if (node.tree() != ui.tree()) {
            throw new VaadinClientException(Kind.PROTOCOL, node + " belongs to an earlier page: find it again");
        }
        if (!node.isAttached()) {
            throw new VaadinClientException(Kind.NOT_FOUND, node + " is no longer attached (location \"" + location + "\")");
        }
    }

    private static void requireOk(HttpTransport.Response response, String what) {
        if (response.status() != 200) {
            throw new VaadinClientException(Kind.HTTP, what + " -> HTTP " + response.status() + ": "
                    + UiChannel.abbreviate(response.body()), response.status(), null);
        }
    }

    private URI resolve(String route) {
        return resolveAgainst(base, route.startsWith("/") ? route.substring(1) : route);
    }

    /** URI.resolve, except that "" means the base itself (java.net.URI would drop its last segment). */
    private static URI resolveAgainst(URI against, String reference) {
        return reference.isEmpty() ? against : against.resolve(reference);
    }

    /** The path as init's location= wants it: relative to the context root, no leading slash. */
    private String relativeLocation(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.startsWith(base.getRawPath()) ? path.substring(base.getRawPath().length())
                : path.replaceFirst("^/", "");
    }

    private static String rawQuery(URI uri) {
        return uri.getRawQuery() == null ? "" : uri.getRawQuery();
    }

    /** encodeURIComponent-like: URLEncoder's form encoding, but a space is %20. */
    private static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String formField(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Optional<String> htmlMeta(String html, String name) {
        if (html == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("<meta\\s+name=[\"']" + Pattern.quote(name) + "[\"']\\s+content=[\"']([^\"']*)[\"']",
                Pattern.CASE_INSENSITIVE).matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
