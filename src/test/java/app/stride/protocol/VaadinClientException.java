package app.stride.protocol;

/**
 * A failed step of a {@link VaadinClient}. The {@link Kind} tells a dead server (NETWORK, TIMEOUT)
 * from a server that answered but refused (HTTP, APP_ERROR, SESSION_EXPIRED, ...) and from a test
 * that looked for something that is not there (NOT_FOUND, ASSERTION).
 */
public class VaadinClientException extends RuntimeException {

    public enum Kind {
        /** The server answered with an unexpected HTTP status. */
        HTTP,
        /** Connection refused, reset or closed before a complete response. */
        NETWORK,
        /** No complete response within the configured per-request timeout. */
        TIMEOUT,
        /** The UIDL response carried {@code meta.appError} (also: a rejected csrfToken). */
        APP_ERROR,
        /** The UIDL response carried {@code meta.sessionExpired} without a page load to follow. */
        SESSION_EXPIRED,
        /** The server asked for a resynchronization: client and server ids are out of step. */
        RESYNC,
        /** The exchange did not look like Vaadin's protocol, or the client was used wrongly. */
        PROTOCOL,
        /** The form login was rejected or did not leave the login page. */
        LOGIN,
        /** No such element in the current UI. */
        NOT_FOUND,
        /** A check on what the UI shows failed. */
        ASSERTION
    }

    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final int status;

    public VaadinClientException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public VaadinClientException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, cause);
    }

    public VaadinClientException(Kind kind, String message, int status, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status behind an HTTP or LOGIN failure, 0 when there was none. */
    public int status() {
        return status;
    }

    /** True when the server could not be reached or did not answer in time. */
    public boolean isTransportFailure() {
        return kind == Kind.NETWORK || kind == Kind.TIMEOUT;
    }
}
