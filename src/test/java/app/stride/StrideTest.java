package app.stride;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test set-up: the whole app on a random port (for the tests that talk HTTP or
 * drive a browser), MockMvc, the clock the tests move and the statement counter. Every Spring test
 * carries exactly this and nothing that changes the context (no own properties, imports or mock
 * beans), so all of them in one JVM share one context, started once. Tests share its database
 * too, so they assert on what they made themselves; {@link MutableClock.Reset} gives every test a
 * day of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({MutableClock.Config.class, StatementCounter.Config.class})
public @interface StrideTest {
}
