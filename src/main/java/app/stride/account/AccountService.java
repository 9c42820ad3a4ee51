package app.stride.account;

import app.stride.shell.UserProfiles;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccountService implements UserProfiles {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountService.class);

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_PASSWORD_BYTES = PasswordPolicy.MAX_BYTES;
    public static final int MAX_DISPLAY_NAME = DisplayName.MAX_CODE_POINTS;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Usernames are case-insensitive: "Alice" and "alice" are one account. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Self-registration: always a student. */
    public UserSummary register(String username, String displayName, String password) {
        return create(username, displayName, password, Role.STUDENT);
    }

    /** An account whose password someone chose: the whole password policy applies. */
    UserSummary create(String username, String displayName, String password, Role role) {
        String name = checkUsername(username);
        String shown = DisplayName.check(displayName);
        PasswordPolicy.problem(name, password).ifPresent(key -> {
            throw new AccountInputException("password", key);
        });
        return save(name, shown, password, role);
    }

    /**
     * An account the operator configured or the demo publishes on the login page (its password is
     * no secret there): only what BCrypt needs is checked. Returns the policy's objection to the
     * password, if any, for the start-up log.
     */
    Optional<String> seed(String username, String displayName, String password, Role role) {
        String name = checkUsername(username);
        String shown = DisplayName.check(displayName);
        Optional<String> problem = PasswordPolicy.problem(name, password);
        if (problem.filter(key -> key.equals("account.error.password.short") || key.equals("account.error.password.long"))
                .isPresent()) {
            throw new AccountInputException("password", problem.get());
        }
        save(name, shown, password, role);
        return problem;
    }

    private String checkUsername(String username) {
        String name = normalizeUsername(username);
        if (name.isEmpty()) {
            throw new AccountInputException("username", "account.error.username.required");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountInputException("username", "account.error.username.format");
        }
        return name;
    }

    private UserSummary save(String name, String shown, String password, Role role) {
        if (users.existsByUsername(name)) {
            throw new AccountInputException("username", "account.error.username.taken");
        }
        AppUser user = new AppUser(name, shown, passwordEncoder.encode(password), role, clock.instant());
        return users.save(user).toSummary();
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return users.findByUsername(normalizeUsername(username)).map(AppUser::getId);
    }

    /**
     * Those of these accounts a teacher may know of: students, and the caller's own (a teacher
     * may try their own quiz). Other teachers, the admin and unknown ids are left out; the admin,
     * who lists every account anyway, gets them all.
     */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, UserSummary> summaries(Collection<Long> ids) {
        Optional<AppUser> asking = signedIn();
        boolean admin = asking.map(u -> u.getRole() == Role.ADMIN).orElse(false);
        long self = asking.map(AppUser::getId).orElse(-1L);
        Map<Long, UserSummary> found = new HashMap<>();
        users.findAllById(ids).forEach(u -> {
            if (admin || u.getRole() == Role.STUDENT || u.getId() == self) {
                found.put(u.getId(), u.toSummary());
            }
        });
        return found;
    }

    /** Students, for a teacher choosing whose progress to open. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<UserSummary> students() {
        return users.findByRoleOrderByUsername(Role.STUDENT).stream().map(AppUser::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(normalizeUsername(username));
    }

    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public List<UserSummary> list(String filter, int page, int pageSize) {
        return users.search(pattern(filter), PageRequest.of(Math.max(0, page), Math.max(1, pageSize))).stream()
                .map(AppUser::toSummary)
                .toList();
    }

    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public long count(String filter) {
        return users.countSearch(pattern(filter));
    }

    private static String pattern(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return "%" + f.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    /** An admin moves an account between student and teacher; admins are not changed here. */
    @Secured("ROLE_ADMIN")
    public UserSummary changeRole(long userId, Role newRole) {
        if (newRole == Role.ADMIN) {
            throw new AccountInputException("role", "account.error.role.admin");
        }
        AppUser user = notAnAdmin(userId);
        user.setRole(newRole);
        // the account's open sessions take the new role on their next request (StandingFilter)
        events.publishEvent(new AccountChanged(userId));
        return user.toSummary();
    }

    /**
     * An admin gives an account a new password, generated here and returned once to be handed over
     * (it is kept only as a hash, and never logged); the account's open sessions end.
     */
    @Secured("ROLE_ADMIN")
    public String resetPassword(long userId) {
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new AccountInputException("user", "account.error.user.unknown"));
        String password = GeneratedPassword.next();
        user.setPasswordHash(passwordEncoder.encode(password));
        events.publishEvent(new AccountChanged(userId));
        LOG.info("The admin reset the password of {}", user.getUsername());
        return password;
    }

    /**
     * An admin deletes an account with everything kept of it, once they have typed its username:
     * every module removes the account's rows in this transaction ({@link AccountDeleting}), so
     * the account and its data go together or not at all. An admin account is not deleted here,
     * nor one's own. Its open sessions end on their next request.
     */
    @Secured("ROLE_ADMIN")
    public void delete(long userId, String typedUsername) {
        long adminId = signedInId();
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new AccountInputException("user", "account.error.user.unknown"));
        if (user.getRole() == Role.ADMIN || userId == adminId) {
            throw new AccountInputException("user", "account.error.role.admin");
        }
        if (typedUsername == null || !normalizeUsername(typedUsername).equals(user.getUsername())) {
            throw new AccountInputException("confirm", "admin.users.delete.error");
        }
        events.publishEvent(new AccountDeleting(userId, adminId));
        users.delete(user);
        users.flush();
        events.publishEvent(new AccountChanged(userId));
        LOG.info("The admin deleted the account {} and its data", user.getUsername());
    }

    /** The signed-in account's id, as {@link CurrentUser} reads it (which itself needs this service). */
    private long signedInId() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.id();
        }
        return idOf(auth.getName()).orElseThrow();
    }

    /** An admin disables an account (its open sessions end on their next request) or enables it again. */
    @Secured("ROLE_ADMIN")
    public UserSummary setEnabled(long userId, boolean enabled) {
        AppUser user = notAnAdmin(userId);
        user.setEnabled(enabled);
        events.publishEvent(new AccountChanged(userId));
        return user.toSummary();
    }

    private AppUser notAnAdmin(long userId) {
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new AccountInputException("user", "account.error.user.unknown"));
        if (user.getRole() == Role.ADMIN) {
            throw new AccountInputException("role", "account.error.role.admin");
        }
        return user;
    }

    @Override
    @Secured({"ROLE_STUDENT", "ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<String> displayName() {
        return signedIn().map(AppUser::shownName);
    }

    @Override
    @Secured({"ROLE_STUDENT", "ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return signedIn().map(AppUser::getLanguage).map(Locale::forLanguageTag);
    }

    @Override
    @Secured({"ROLE_STUDENT", "ROLE_TEACHER", "ROLE_ADMIN"})
    public void savePreferredLocale(Locale locale) {
        signedIn().ifPresent(user -> user.setLanguage(locale.getLanguage()));
    }

    /**
     * The signed-in user's account, from the security context (CurrentUser does the same for the
     * other services, but depends on this one): by the principal's id, or by name for an
     * authentication made some other way.
     */
    private Optional<AppUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return users.findById(principal.id());
        }
        return users.findByUsername(normalizeUsername(auth.getName()));
    }
}
