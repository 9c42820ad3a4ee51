package app.stride.account;

import app.stride.base.Retrying;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secrets every node of a cluster must agree on, kept in the database: the first node that asks
 * for one makes it at random, every later one (and every restart) reads it. Two nodes making the
 * same one at once collide on its key; the loser's retry reads the winner's.
 */
@Component
class SharedSecrets {

    private final JdbcTemplate jdbc;
    private final Retrying retrying;
    private final SecureRandom random = new SecureRandom();

    SharedSecrets(JdbcTemplate jdbc, Retrying retrying) {
        this.jdbc = jdbc;
        this.retrying = retrying;
    }

    /** The named secret, 32 random bytes made on first use. */
    byte[] get(String name) {
        return retrying.inTransaction(() -> {
            List<String> found = jdbc.queryForList("select secret from shared_secret where name = ?", String.class, name);
            if (!found.isEmpty()) {
                return Base64.getDecoder().decode(found.get(0));
            }
            byte[] made = new byte[32];
            random.nextBytes(made);
            jdbc.update("insert into shared_secret (name, secret) values (?, ?)", name,
                    Base64.getEncoder().encodeToString(made));
            return made;
        });
    }
}
