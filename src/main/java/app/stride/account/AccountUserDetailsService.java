package app.stride.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(AccountService.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        // a disabled account is refused before its password is checked (DisabledException)
        return new AccountPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getRole(),
                user.isEnabled());
    }
}
