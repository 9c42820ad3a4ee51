package app.stride;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work on a timer (handing in attempts whose time ran out). Tests switch it off
 * ({@code stride.scheduling.enabled=false}) and call the work themselves, with their own clock.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "stride.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
