package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * New accounts per client address: a class registering together in its first lesson fits in the
 * burst; a script creating accounts is held to the pace. A refused form does not count, except
 * "username taken": that answer tells which accounts exist, so asking it is paced too.
 */
@Component
public class RegistrationThrottle {

    private final PaceKeeper addresses;

    RegistrationThrottle(Clock clock,
                         @Value("${stride.register.address-burst}") int burst,
                         @Value("${stride.register.address-pace}") Duration pace) {
        this.addresses = new PaceKeeper(clock, burst, pace);
    }

    /** How long this address must wait to register; if zero, this attempt is counted. */
    public Duration begin(String remoteAddr) {
        String key = ClientAddress.key(remoteAddr);
        synchronized (addresses) {
            Duration wait = addresses.waitFor(key);
            if (wait.isZero()) {
                addresses.add(key);
            }
            return wait;
        }
    }

    /** The attempt counted by {@link #begin} was refused for a reason that tells an attacker nothing. */
    public void refused(String remoteAddr, AccountInputException why) {
        if (!"account.error.username.taken".equals(why.messageKey())) {
            addresses.takeBack(ClientAddress.key(remoteAddr));
        }
    }
}
