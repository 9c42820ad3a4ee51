package app.stride.protocol;

import app.stride.protocol.VaadinClientException.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire state of one bootstrapped UI: its id, csrf token, syncId/clientId, the event-data
 * constants, the mirrored state tree and the RPCs queued for the next request. A page load makes a
 * new one, so nothing of the previous UI can leak into the next.
 */
final class UiChannel {

    private static final Map<String, String> UIDL_HEADERS =
            Map.of("Content-Type", "application/json; charset=UTF-8", "Accept", "*/*");
    private static final Pattern OPEN_WINDOW = Pattern.compile("window\\.open\\(\\$0, ?\\$1\\)");
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpTransport http;
    private final URI uidlUri;
    private final URI pageUri;
    private final List<String> warnings;
    private final int id;
    private final String csrfToken;
    private final StateTree tree = new StateTree();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<ObjectNode> queue = new ArrayList<>();
    private int syncId = -1;
    private int clientId;
    private int historyIndex;
    private String pendingLocation;
    /** Why a request failed; null while the ids are known to be in step with the server. */
    private String brokenBy;
    /** Left (beacon sent) or ended by the server (logout): no more requests. */
    private boolean gone;
    private boolean pollWarned;
    private JsonNode lastResponse;

    /** A UI from the init JSON ({@code ?v-r=init} or embedded in index.html); applies its uidl. */
    UiChannel(HttpTransport http, URI base, URI pageUri, JsonNode initial, List<String> warnings) {
        this.http = http;
        this.pageUri = pageUri;
        this.warnings = warnings;
        if (initial.hasNonNull("errors")) {
            throw new VaadinClientException(Kind.APP_ERROR, "init: " + abbreviate(initial.get("errors").toString()));
        }
        JsonNode config = initial.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.isObject() || !config.path("v-uiId").isInt()) {
            throw new VaadinClientException(Kind.PROTOCOL, "init: no appConfig.uidl / v-uiId in " + abbreviate(initial.toString()));
        }
        this.id = config.get("v-uiId").asInt();
        this.uidlUri = base.resolve("?v-r=uidl&v-uiId=" + id);
        this.csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        receive(uidl, "init");
        tree.root().map(ui -> ui.value(Features.PUSH_CONFIGURATION, "pushMode"))
                .filter(mode -> !"DISABLED".equals(mode))
                .ifPresent(mode -> warnings.add("the app uses push (pushMode " + mode
                        + "); server-initiated updates arrive only with the next request"));
    }

    int id() {
        return id;
    }

    StateTree tree() {
        return tree;
    }

    Optional<JsonNode> lastResponse() {
        return Optional.ofNullable(lastResponse);
    }

    boolean isUsable() {
        return !gone && brokenBy == null;
    }

    boolean isGone() {
        return gone;
    }

    void requireUsable() {
        if (gone) {
            throw new VaadinClientException(Kind.PROTOCOL, "the UI is gone (page left or session ended): open(route) or login(...)");
        }
        if (brokenBy != null) {
            throw new VaadinClientException(Kind.PROTOCOL, "the UI's last request failed (" + brokenBy
                    + "); load a page again with open(route) or login(...)");
        }
    }

    /** The history index of the next client-side navigation (0 was the bootstrap's). */
    int nextHistoryIndex() {
        return ++historyIndex;
    }

    /** The event-data spec of a node's listener, or null. */
    JsonNode spec(Node node, String event) {
        String hash = node.listenerSpecHash(event);
        return hash == null ? null : constants.get(hash);
    }

    /** Holds RPCs back until the next request, as a browser batching what happens in one task. */
    void queue(List<ObjectNode> rpcs) {
        requireUsable();
        queue.addAll(rpcs);
    }

    /** One UIDL request: the queued RPCs first, then these; applies the response. */
    void send(List<ObjectNode> rpcs) {
        requireUsable();
        ObjectNode message = Json.MAPPER.createObjectNode();
        if (csrfToken != null && !csrfToken.equals("init")) {
            message.put("csrfToken", csrfToken);
        }
        ArrayNode rpc = message.putArray("rpc");
        rpc.addAll(queue);
        rpc.addAll(rpcs);
        queue.clear();
        message.put("syncId", syncId).put("clientId", clientId);
        HttpTransport.Response response;
        try {
            response = http.send("POST", uidlUri, UIDL_HEADERS, message.toString());
        } catch (VaadinClientException e) {
            // the server may or may not have run these RPCs: the ids are no longer known to be in step
            brokenBy = e.getMessage();
            throw e;
        }
        if (response.status() != 200) {
            brokenBy = "uidl -> HTTP " + response.status();
            throw new VaadinClientException(Kind.HTTP, brokenBy + ": " + abbreviate(response.body()), response.status(), null);
        }
        receive(parseUidl(response.body()), "uidl");
    }

    /** The page the server asked the browser to load (setLocation, logout, reload), once. */
    Optional<String> takePendingLocation() {
        Optional<String> location = Optional.ofNullable(pendingLocation);
        pendingLocation = null;
        return location;
    }

    /** What navigator.sendBeacon does on pagehide: tells the server this UI is gone. */
    void leave() {
        if (gone) {
            return;
        }
        gone = true;
        if (brokenBy != null) {
            return; // the server is gone, restarted or out of step: a beacon could only cost a timeout
        }
        ObjectNode beacon = Json.MAPPER.createObjectNode(); // no syncId / clientId, as the browser's
        if (csrfToken != null && !csrfToken.equals("init")) {
            beacon.put("csrfToken", csrfToken);
        }
        beacon.putArray("rpc");
        beacon.put("UNLOAD", true);
        try {
            http.send("POST", uidlUri, Map.of("Content-Type", "text/plain;charset=UTF-8"), beacon.toString());
        } catch (VaadinClientException e) {
            // beacons are fire-and-forget in the browser too
        }
    }

    /** XHR responses are {@code for(;;);[{...}]}: the prefix defeats JSON hijacking. */
    static JsonNode parseUidl(String body) {
        String json = body.startsWith(UIDL_PREFIX) ? body.substring(UIDL_PREFIX.length()) : body;
        try {
            JsonNode parsed = Json.MAPPER.readTree(json);
            JsonNode message = parsed != null && parsed.isArray() ? parsed.path(0) : parsed;
            if (message == null || !message.isObject()) {
                throw new VaadinClientException(Kind.PROTOCOL, "uidl: no message in " + abbreviate(body));
            }
            return message;
        } catch (JsonProcessingException e) {
            throw new VaadinClientException(Kind.PROTOCOL, "uidl: unparsable response " + abbreviate(body), e);
        }
    }

    private void receive(JsonNode message, String what) {
        try {
            apply(message, what);
        } catch (VaadinClientException e) {
            brokenBy = e.getMessage();
            throw e;
        }
    }

    private void apply(JsonNode message, String what) {
        lastResponse = message;
        message.path("execute").forEach(this::noticePageLoad);
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean()) {
            // a logout answers sessionExpired plus a page load: that is not an error
            if (pendingLocation != null) {
                gone = true;
                return;
            }
            throw new VaadinClientException(Kind.SESSION_EXPIRED, what + ": session expired (meta.sessionExpired)");
        }
        if (meta.hasNonNull("appError")) {
            throw new VaadinClientException(Kind.APP_ERROR, what + ": appError " + describe(meta.get("appError")));
        }
        if (message.path("resynchronize").asBoolean()) {
            throw new VaadinClientException(Kind.RESYNC, what + ": the server asked for a resynchronization");
        }
        if (message.path("syncId").isInt()) {
            int next = message.get("syncId").asInt();
            if (syncId >= 0 && next != syncId + 1) {
                warnings.add(what + ": syncId jumped " + syncId + " -> " + next);
            }
            syncId = next;
        } else if (!meta.path("async").asBoolean()) {
            throw new VaadinClientException(Kind.PROTOCOL, what + ": response without syncId: " + abbreviate(message.toString()));
        }
        if (message.path("clientId").isInt()) {
            clientId = message.get("clientId").asInt(); // the id the server expects next
        }
        message.path("constants").properties().forEach(c -> constants.put(c.getKey(), c.getValue()));
        if (message.has("changes")) {
            tree.apply(message.get("changes"));
            warnIfPolling();
        }
    }

    private static String describe(JsonNode appError) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("caption", "message", "details")) {
            if (appError.hasNonNull(field)) {
                parts.add(appError.get(field).asText());
            }
        }
        // all fields null: the server rejected the csrfToken ("Invalid security key" in its log)
        return parts.isEmpty() ? "(empty: invalid or missing csrfToken)" : abbreviate(String.join(" | ", parts));
    }

    /** {@code execute} entries are [param0, ..., script]; only page loads matter to a client without JS. */
    private void noticePageLoad(JsonNode command) {
        if (!command.isArray() || command.size() == 0 || !command.get(command.size() - 1).isTextual()) {
            return;
        }
        String script = command.get(command.size() - 1).asText();
        if (script.contains("vaadin-redirect-pending") || OPEN_WINDOW.matcher(script).find()) {
            // [url, target, script]: only a page load into this tab (_self) replaces the page
            JsonNode url = command.get(0);
            JsonNode target = command.size() > 2 ? command.get(1) : null;
            if (url.isTextual() && target != null && (target.isNull() || "_self".equals(target.asText()))) {
                pendingLocation = url.asText();
            }
        } else if (script.contains("window.location.reload()")) {
            pendingLocation = pageUri.toString();
        }
    }

    private void warnIfPolling() {
        Object interval = tree.root().map(ui -> ui.value(Features.POLL_CONFIGURATION, "pollInterval")).orElse(null);
        if (!pollWarned && interval instanceof Number n && n.intValue() > 0) {
            pollWarned = true;
            warnings.add("UI.setPollInterval(" + n + ") is active; this client sends no ui-poll events");
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
