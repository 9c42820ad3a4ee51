package app.stride.account;

import app.stride.base.Retrying;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The throttles' buckets in the database, the same for every node. A step ({@link #atomically})
 * is a transaction: a bucket is read with {@code FOR UPDATE}, so a concurrent step on the same
 * bucket, on this node or another, waits for this one's commit and then reads its count. A bucket
 * that does not exist yet cannot be locked, so reading one makes its row first: two first failures
 * at once both insert, one fails on the key, and {@link Retrying} runs that step again, which then
 * finds and locks the row. Plain SQL that H2 and PostgreSQL read alike.
 */
@Component
class DatabaseThrottleStore implements ThrottleStore {

    /** A key longer than the column (a username of any length can be typed), or with a NUL, is kept as its SHA-256. */
    static final int LONGEST_KEY = 200;

    private static final RowMapper<Failures> FAILURES = (rs, n) -> new Failures(rs.getInt(1),
            instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class)));

    private final JdbcTemplate jdbc;
    private final Retrying retrying;

    DatabaseThrottleStore(JdbcTemplate jdbc, Retrying retrying) {
        this.jdbc = jdbc;
        this.retrying = retrying;
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return retrying.inTransaction(work);
    }

    /**
     * Locks the key's row, making it first when there is none (a row that does not exist cannot be
     * locked): the caller's write is then an update of a row it holds. An empty row reads as no
     * failures. Two first reads of one key at once both insert; one fails on the key and its step
     * runs again, finding the row.
     */
    @Override
    public Failures failures(String key) {
        String stored = stored(key);
        List<Failures> found = lockFailures(stored);
        if (found.isEmpty()) {
            jdbc.update("insert into login_failure (bucket_key, failures) values (?, 0)", stored);
            found = lockFailures(stored);
        }
        Failures row = found.get(0);
        return row.failures() == 0 && row.lastFailure() == null && row.lastSuccess() == null ? null : row;
    }

    @Override
    public Failures peekFailures(String key) {
        List<Failures> found = jdbc.query(
                "select failures, last_failure, last_success from login_failure where bucket_key = ?",
                FAILURES, stored(key));
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Failures> lockFailures(String stored) {
        return jdbc.query(
                "select failures, last_failure, last_success from login_failure where bucket_key = ? for update",
                FAILURES, stored);
    }

    /** Writes the row {@link #failures} locked (or makes it, for a caller that did not read first). */
    @Override
    public void putFailures(String key, Failures f, Predicate<Failures> held, Predicate<Failures> forgotten) {
        int updated = jdbc.update("update login_failure set failures = ?, last_failure = ?, last_success = ?"
                + " where bucket_key = ?", f.failures(), at(f.lastFailure()), at(f.lastSuccess()), stored(key));
        if (updated == 0) {
            jdbc.update("insert into login_failure (bucket_key, failures, last_failure, last_success) values (?, ?, ?, ?)",
                    stored(key), f.failures(), at(f.lastFailure()), at(f.lastSuccess()));
        }
    }

    /** Locks the key's leaky bucket as {@link #failures} does; a bucket made empty reads as null. */
    @Override
    public Instant emptyAt(String key) {
        String stored = stored(key);
        List<Instant> found = lockPace(stored);
        if (found.isEmpty()) {
            jdbc.update("insert into pace_bucket (bucket_key, empty_at) values (?, ?)", stored, at(Instant.EPOCH));
            found = lockPace(stored);
        }
        Instant at = found.get(0);
        return Instant.EPOCH.equals(at) ? null : at;
    }

    private List<Instant> lockPace(String stored) {
        return jdbc.query("select empty_at from pace_bucket where bucket_key = ? for update",
                (rs, n) -> instant(rs.getObject(1, OffsetDateTime.class)), stored);
    }

    @Override
    public void putEmptyAt(String key, Instant at) {
        int updated = jdbc.update("update pace_bucket set empty_at = ? where bucket_key = ?", at(at), stored(key));
        if (updated == 0) {
            jdbc.update("insert into pace_bucket (bucket_key, empty_at) values (?, ?)", stored(key), at(at));
        }
    }

    @Override
    public void removeEmptyAt(String key) {
        jdbc.update("delete from pace_bucket where bucket_key = ?", stored(key));
    }

    @Override
    public int failureEntries() {
        return jdbc.queryForObject("select count(*) from login_failure", Integer.class);
    }

    @Override
    public int paceEntries() {
        return jdbc.queryForObject("select count(*) from pace_bucket", Integer.class);
    }

    /**
     * Deletes what holds nothing any more: failures older than {@code failuresBefore} (or none)
     * with no success since {@code successesBefore}, and leaky buckets empty by {@code now}.
     * Returns how many rows went.
     */
    int tidy(Instant failuresBefore, Instant successesBefore, Instant now) {
        return retrying.inTransaction(() -> jdbc.update("delete from login_failure"
                        + " where (failures = 0 or last_failure <= ?) and (last_success is null or last_success <= ?)",
                at(failuresBefore), at(successesBefore))
                + jdbc.update("delete from pace_bucket where empty_at <= ?", at(now)));
    }

    /** The key as its row holds it: at most {@link #LONGEST_KEY} characters, no NUL (PostgreSQL's text cannot hold one). */
    static String stored(String key) {
        if (key.length() <= LONGEST_KEY && key.indexOf('\u0000') < 0) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Bound as OffsetDateTime: both drivers take it for a timestamp with time zone (PostgreSQL's not an Instant). */
    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
