package app.stride.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * New accounts per client address: a class registering together in its first lesson fits in the
 * burst; a script creating accounts is held to the pace. A refused form does not count towards it.
 * "Username taken" tells which accounts exist, so that answer is paced too, but in a bucket of its
 * own: asking it over and over only slows the asking, never a classmate registering a free name.
 * Both count in the database ({@link ThrottleStore}): the same for every node.
 */
@Component
public class RegistrationThrottle {

    static final String TAKEN = "account.error.username.taken";

    private final PaceKeeper registrations;
    private final PaceKeeper takenAnswers;

    RegistrationThrottle(Clock clock,
                         @Value("${stride.register.address-burst}") int burst,
                         @Value("${stride.register.address-pace}") Duration pace,
                         @Value("${stride.register.taken-burst}") int takenBurst,
                         @Value("${stride.register.taken-pace}") Duration takenPace,
                         ThrottleStore store) {
        this.registrations = new PaceKeeper(clock, burst, pace, store, "register");
        this.takenAnswers = new PaceKeeper(clock, takenBurst, takenPace, store, "register-taken");
    }

    /** How long this address must wait to register; if zero, this attempt is counted. */
    public Duration begin(String remoteAddr) {
        return registrations.tryAdd(ClientAddress.key(remoteAddr));
    }

    /**
     * The attempt counted by {@link #begin} made no account: it is taken back. For "username taken"
     * the answer is how long the address must wait before it is told (zero: tell it now).
     */
    public Duration refused(String remoteAddr, AccountInputException why) {
        String key = ClientAddress.key(remoteAddr);
        registrations.takeBack(key);
        return TAKEN.equals(why.messageKey()) ? takenAnswers.tryAdd(key) : Duration.ZERO;
    }
}
