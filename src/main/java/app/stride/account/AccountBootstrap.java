package app.stride.account;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a first start with an empty database, creates the administrator and prints its password
 * once. With {@code stride.demo.accounts=true} (the demo profile) it also keeps the demo
 * teacher and student.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AppUserRepository users;
    private final AccountService accounts;
    private final DemoAccounts demo;
    private final String configuredAdminPassword;

    AccountBootstrap(AppUserRepository users, AccountService accounts, DemoAccounts demo,
                     @Value("${stride.admin.initial-password:}") String configuredAdminPassword) {
        this.users = users;
        this.accounts = accounts;
        this.demo = demo;
        this.configuredAdminPassword = configuredAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            boolean generated = configuredAdminPassword.isBlank();
            String password = generated ? GeneratedPassword.next() : configuredAdminPassword;
            accounts.seed(ADMIN, "Administrator", password, Role.ADMIN).ifPresent(problem -> LOG.warn(
                    "The configured stride.admin.initial-password breaks the password policy ({}); "
                            + "it was used as configured.", problem));
            if (generated) {
                LOG.warn("""

                        ************************************************************
                        Stride created the administrator account.
                          username: {}
                          password: {}
                        This password is shown only this once.
                        ************************************************************""", ADMIN, password);
            } else {
                LOG.info("Created the administrator account '{}' with the configured password.", ADMIN);
            }
        }
        if (demo.enabled()) {
            for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
                if (!accounts.exists(account.username())) {
                    // published on the login page: the policy protects secrets, and these are none
                    accounts.seed(account.username(), account.displayName(), account.password(), account.role());
                    LOG.info("Created demo account '{}'.", account.username());
                }
            }
        }
    }

}
