package app.stride.account.ui;

import app.stride.account.LoginPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the security set-up which view signs a user in. */
@Configuration(proxyBeanMethods = false)
class LoginPageConfig {

    @Bean
    LoginPage loginPage() {
        return () -> LoginView.class;
    }
}
