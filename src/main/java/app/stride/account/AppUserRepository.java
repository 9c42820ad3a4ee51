package app.stride.account;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.List;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select new app.stride.account.Standing(u.role, u.enabled, u.passwordHash) from AppUser u where u.id = :id")
    Optional<Standing> standingOf(@Param("id") long id);

    List<AppUser> findByRoleOrderByUsername(Role role);

    @Query("""
            select u from AppUser u
            where lower(u.username) like :pattern or lower(u.displayName) like :pattern
            order by u.username""")
    List<AppUser> search(@Param("pattern") String pattern, Pageable page);

    @Query("""
            select count(u) from AppUser u
            where lower(u.username) like :pattern or lower(u.displayName) like :pattern""")
    long countSearch(@Param("pattern") String pattern);
}
