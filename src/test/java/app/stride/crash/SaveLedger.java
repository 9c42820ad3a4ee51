package app.stride.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one student's tab was told about its answers: per field the last value acknowledged
 * (the request returned normally and the status line said "Saved."), and the one value whose
 * request was sent but never answered. After a crash every field must hold its acknowledged
 * value, or that in-flight value: a save may commit just before the kill without its answer
 * arriving. A tab sends one request at a time, so at most one value is in flight.
 */
public final class SaveLedger {

    /** One field that came back with a value the tab was never promised. */
    public record Lost(String part, String acknowledged, String inFlight, String found) {

        @Override
        public String toString() {
            return part + ": acknowledged \"" + acknowledged + "\"" + (inFlight == null ? "" : ", in flight \"" + inFlight
                    + "\"") + ", found " + (found == null ? "no field" : "\"" + found + "\"");
        }
    }

    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    private String inFlightPart;
    private String inFlightValue;
    private int acknowledgements;

    /** Starts from what the page shows: a new attempt's empty fields, or what a restart was found to keep. */
    public SaveLedger(Map<String, String> shown) {
        acknowledged.putAll(shown);
    }

    /** The fields in page order. */
    public List<String> parts() {
        return List.copyOf(acknowledged.keySet());
    }

    public String acknowledged(String part) {
        return acknowledged.get(part);
    }

    /** About to send this value; it counts as in flight until {@link #acknowledge}. */
    public void sending(String part, String value) {
        requireField(part);
        inFlightPart = part;
        inFlightValue = value;
    }

    /** The request returned normally and the page said "Saved.". */
    public void acknowledge(String part, String value) {
        requireField(part);
        if (!part.equals(inFlightPart) || !value.equals(inFlightValue)) {
            throw new IllegalStateException("acknowledging " + part + "=" + value + ", which was not sent");
        }
        acknowledged.put(part, value);
        inFlightPart = null;
        inFlightValue = null;
        acknowledgements++;
    }

    /** Acknowledged saves since the ledger was made or last rebased. */
    public int acknowledgements() {
        return acknowledgements;
    }

    /** Whether a request went unanswered (the server died while or before it was sent). */
    public boolean hasInFlight() {
        return inFlightPart != null;
    }

    /**
     * The fields whose value after the crash is neither the acknowledged one nor the one in flight;
     * a field the page no longer shows (found null) is lost too.
     */
    public List<Lost> lostIn(Map<String, String> found) {
        List<Lost> lost = new ArrayList<>();
        for (Map.Entry<String, String> field : acknowledged.entrySet()) {
            String part = field.getKey();
            String inFlight = part.equals(inFlightPart) ? inFlightValue : null;
            String now = found.get(part);
            if (!Objects.equals(now, field.getValue()) && !Objects.equals(now, inFlight)) {
                lost.add(new Lost(part, field.getValue(), inFlight, now));
            }
        }
        return lost;
    }

    /** Whether the value in flight was found committed (its answer was lost, not the save). */
    public boolean inFlightCommitted(Map<String, String> found) {
        return inFlightPart != null && inFlightValue.equals(found.get(inFlightPart))
                && !inFlightValue.equals(acknowledged.get(inFlightPart));
    }

    private void requireField(String part) {
        if (!acknowledged.containsKey(part)) {
            throw new IllegalArgumentException("no field " + part + " among " + Set.copyOf(acknowledged.keySet()));
        }
    }
}
