package app.stride;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@Theme("stride")
public class StrideApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(StrideApplication.class, args);
    }

    /** Every service reads time from here, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
