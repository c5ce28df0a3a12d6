package io.tandem;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM (the shared one, the fault tests' own, browser nodes), and each
 * installs its own global security context strategy when it starts, while its method security keeps reading its
 * own. Before every test method this puts back the strategy of the context the test runs in, so signing in on the
 * test thread is seen by that context's services whatever context started last.
 */
public class ContextSecurityStrategy implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
