package app.stride.protocol;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cookies of one browser tab talking to one origin: name to value. Path and Domain are
 * ignored on purpose (the client talks to a single app, as the JS client's jar does), which keeps
 * the behaviour obvious, unlike java.net.CookieManager's host matching for "localhost".
 */
final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Stores the cookies of a response's Set-Cookie headers; an expired one is deleted. */
    void store(List<String> setCookieHeaders) {
        for (String line : setCookieHeaders) {
            String[] parts = line.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            if (isExpired(parts)) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static boolean isExpired(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            int eq = attribute.indexOf('=');
            String key = (eq < 0 ? attribute : attribute.substring(0, eq)).trim().toLowerCase();
            String value = eq < 0 ? "" : attribute.substring(eq + 1).trim();
            if (key.equals("max-age") && isNonPositiveNumber(value)) {
                return true;
            }
            if (key.equals("expires") && isPast(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNonPositiveNumber(String value) {
        try {
            return Long.parseLong(value) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPast(String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(ZonedDateTime.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The value of a Cookie request header, or empty when the jar is empty. */
    Optional<String> header() {
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                .append(name).append('=').append(value));
        return Optional.of(header.toString());
    }
}
