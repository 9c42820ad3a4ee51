package app.stride.account;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The demo profile's accounts, also shown on the login page so a visitor can try Stride. */
@Component
public class DemoAccounts {

    public record Account(String username, String displayName, String password, Role role) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("teacher", "Demo Teacher", "teacher-demo", Role.TEACHER),
            new Account("student", "Demo Student", "student-demo", Role.STUDENT));

    private final boolean enabled;

    DemoAccounts(@Value("${stride.demo.accounts:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<Account> accounts() {
        return enabled ? ACCOUNTS : List.of();
    }
}
