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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccountService implements UserProfiles {

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads only the first 72 bytes; longer passwords would be silently truncated. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int MAX_DISPLAY_NAME = 80;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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

    UserSummary create(String username, String displayName, String password, Role role) {
        String name = normalizeUsername(username);
        if (name.isEmpty()) {
            throw new AccountInputException("username", "account.error.username.required");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountInputException("username", "account.error.username.format");
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty()) {
            throw new AccountInputException("displayName", "account.error.displayname.required");
        }
        if (shown.length() > MAX_DISPLAY_NAME) {
            throw new AccountInputException("displayName", "account.error.displayname.long");
        }
        checkPassword(password);
        if (users.existsByUsername(name)) {
            throw new AccountInputException("username", "account.error.username.taken");
        }
        AppUser user = new AppUser(name, shown, passwordEncoder.encode(password), role, clock.instant());
        return users.save(user).toSummary();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountInputException("password", "account.error.password.short");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountInputException("password", "account.error.password.long");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return users.findByUsername(normalizeUsername(username)).map(AppUser::getId);
    }

    /** Students, for a teacher choosing whose progress to open. */
    /** These accounts by id, whatever their role (a teacher may try their own quiz); unknown ids are left out. */
    @Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, UserSummary> summaries(Collection<Long> ids) {
        Map<Long, UserSummary> found = new HashMap<>();
        users.findAllById(ids).forEach(u -> found.put(u.getId(), u.toSummary()));
        return found;
    }

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
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new AccountInputException("user", "account.error.user.unknown"));
        if (user.getRole() == Role.ADMIN) {
            throw new AccountInputException("role", "account.error.role.admin");
        }
        user.setRole(newRole);
        return user.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(normalizeUsername(username)).map(AppUser::getDisplayName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale(String username) {
        return users.findByUsername(normalizeUsername(username))
                .map(AppUser::getLanguage)
                .map(Locale::forLanguageTag);
    }

    @Override
    public void savePreferredLocale(String username, Locale locale) {
        users.findByUsername(normalizeUsername(username))
                .ifPresent(user -> user.setLanguage(locale.getLanguage()));
    }
}
