package app.stride.practice;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a student's practice adds up to: mastery per family, accuracy over time, streak, mistakes. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final AttemptRepository attempts;
    private final MasteryRepository mastery;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final PracticeService practice;
    private final StudentReach reach;
    private final Clock clock;

    ProgressService(AttemptRepository attempts, MasteryRepository mastery, CurrentUser currentUser,
                    AccountService accounts, PracticeService practice, StudentReach reach, Clock clock) {
        this.reach = reach;
        this.attempts = attempts;
        this.mastery = mastery;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.practice = practice;
        this.clock = clock;
    }

    public record FamilyLevel(String family, double level, int attempts, boolean mastered, boolean due) {
    }

    public record DayScore(LocalDate day, double accuracy, int attempts) {
    }

    public record MistakeCount(String misconception, String family, long count) {
    }

    /** One graded attempt in the recent list, to reopen it; {@code revealed}: a 0 from "Show the answer". */
    public record RecentAttempt(long id, Instant at, String family, double score, boolean revealed) {
    }

    public record Report(List<FamilyLevel> families, List<DayScore> accuracy, List<RecentAttempt> recent, int streakDays,
                         List<MistakeCount> mistakes, long totalAttempts) {
    }

    @PreAuthorize("isAuthenticated()")
    public Report mine() {
        return report(currentUser.id());
    }

    /**
     * A student's progress, read-only, for a teacher: of students only, never another teacher's
     * or the admin's. An unknown name is refused the same way, so that names cannot be probed.
     */
    @PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
    public Report ofStudent(String username) {
        long userId = accounts.idOf(username).orElseThrow(() -> new AccessDeniedException("no such student"));
        reach.check(userId);
        return report(userId);
    }

    private Report report(long userId) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Map<String, Mastery> byFamily = mastery.findByKeyUserId(userId).stream()
                .collect(Collectors.toMap(Mastery::family, Function.identity()));
        List<FamilyLevel> families = practice.families().stream().map(f -> {
            Mastery m = byFamily.get(f);
            return m == null ? new FamilyLevel(f, Double.NaN, 0, false, false)
                    : new FamilyLevel(f, m.level(), m.attempts(), m.masteredAt() != null, PracticeService.isDue(m, now));
        }).toList();

        List<Attempt> lastMonth = attempts.findByUserIdAndCreatedAtAfterOrderByCreatedAt(userId,
                now.minus(java.time.Duration.ofDays(30)));
        Map<LocalDate, List<Attempt>> byDay = new TreeMap<>(lastMonth.stream()
                .collect(Collectors.groupingBy(a -> a.getCreatedAt().atZone(zone).toLocalDate())));
        List<DayScore> accuracy = byDay.entrySet().stream().map(e -> new DayScore(e.getKey(),
                e.getValue().stream().mapToDouble(Attempt::getScore).average().orElse(0), e.getValue().size())).toList();

        int streak = 0;
        LocalDate day = now.atZone(zone).toLocalDate();
        if (!byDay.containsKey(day)) {
            day = day.minusDays(1);
        }
        while (byDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> familyOf = new LinkedHashMap<>();
        for (Attempt a : attempts.findByUserIdOrderByCreatedAtDesc(userId, PageRequest.of(0, 500))) {
            if (a.getMisconception() != null) {
                counts.merge(a.getMisconception(), 1L, Long::sum);
                familyOf.putIfAbsent(a.getMisconception(), a.getFamily());
            }
        }
        List<MistakeCount> mistakes = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .map(e -> new MistakeCount(e.getKey(), familyOf.get(e.getKey()), e.getValue())).toList();
        List<RecentAttempt> recent = attempts.findByUserIdOrderByCreatedAtDesc(userId, PageRequest.of(0, 20)).stream()
                .map(a -> new RecentAttempt(a.getId(), a.getCreatedAt(), a.getFamily(), a.getScore(),
                        PracticeService.REVEALED.equals(a.getSource()))).toList();
        return new Report(families, accuracy, recent, streak, mistakes, attempts.countByUserId(userId));
    }

}
