package app.stride;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring context installs its own Vaadin-aware SecurityContextHolderStrategy globally,
 * while its method-security interceptors keep the instance they were built with. With several
 * cached test contexts, the global one would belong to the last context started; before each
 * test method this puts back the strategy of the context the test runs in.
 */
public class SecurityStrategyTestListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10000) puts a @WithMockUser in place
        return 1000;
    }
}
