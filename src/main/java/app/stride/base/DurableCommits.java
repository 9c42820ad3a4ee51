package app.stride.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Makes a commit durable before anyone is told it happened. PostgreSQL does that itself
 * (synchronous commit, fsync). Embedded H2 does not: it keeps commits in memory and writes them
 * to its file up to half a second later, so a crash of the server process lost the last
 * "Saved." answers. On an H2 file database every read-write transaction is therefore followed
 * by {@code CHECKPOINT SYNC}: the commit is written to the file and the file synced to the disk
 * before the request that made it returns.
 */
public class DurableCommits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);

    private final boolean needed;

    private DurableCommits(boolean needed) {
        this.needed = needed;
    }

    /** Looks once at the database behind the data source: only an H2 database on a file needs the sync. */
    public static DurableCommits of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean needed = "H2".equals(connection.getMetaData().getDatabaseProductName()) && persistentH2(connection);
            if (needed) {
                LOG.info("Embedded H2 on a file: every commit is written and synced to the disk before it is acknowledged.");
            }
            return new DurableCommits(needed);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot look at the database", e);
        }
    }

    /** H2's DATABASE_PATH() is null for an in-memory database, which has nothing to sync. */
    private static boolean persistentH2(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet path = statement.executeQuery("select database_path()")) {
            return path.next() && path.getString(1) != null;
        }
    }

    public boolean needed() {
        return needed;
    }

    /** After a commit on this connection: writes and syncs it; a failure here means the disk failed. */
    public void sync(Connection connection) {
        if (!needed) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            // never retried as a conflict: the transaction has committed, but cannot be called durable
            throw new DataAccessResourceFailureException("The commit could not be synced to the disk", e);
        }
    }
}
