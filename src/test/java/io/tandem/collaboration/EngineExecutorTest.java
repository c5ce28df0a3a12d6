package io.tandem.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Collaboration Engine's threads: a failed action is logged by what it is, and the thread goes on. */
class EngineExecutorTest {

    /** The class name of the engine's hand-over of actions to a session, as the JVM names a lambda's class. */
    private static final String ENGINE_HAND_OVER =
            "com.vaadin.collaborationengine.ComponentConnectionContext$$Lambda/0x00007f1a2c1b2d48";
    private static final String ANY_ACTION = "io.tandem.lead.ui.LeadBoardView$$Lambda/0x00007f1a2c1b3e10";

    private final EngineExecutor executor = new EngineExecutor(1);
    private final Logger logger = (Logger) LoggerFactory.getLogger(EngineExecutor.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() throws InterruptedException {
        logger.detachAppender(logged);
        logger.setLevel(levelBefore);
        executor.shutdown();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theEnginesDispatchToAClosedSessionIsLoggedAtDebugAndTheThreadGoesOn() throws Exception {
        String before = threadOfNextAction();
        executor.execute(() -> {
            throw closedSession();
        });
        String after = threadOfNextAction();

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).contains("session had closed");
        });
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anyOtherFailureIsLoggedAsAnErrorWithItsCause() throws Exception {
        String before = threadOfNextAction();
        executor.execute(() -> {
            throw new IllegalStateException("topic gone");
        });
        String after = threadOfNextAction();

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("topic gone");
        });
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onlyTheEnginesOwnNullPointerCountsAsAClosedSession() {
        NullPointerException ours = new NullPointerException("session is null");
        ours.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.tandem.lead.ui.LeadBoardView", "onNotice", "LeadBoardView.java", 1)});

        assertThat(EngineExecutor.isClosedSession(ANY_ACTION, closedSession())).isTrue();
        assertThat(EngineExecutor.isClosedSession(ENGINE_HAND_OVER, ours)).isFalse();
        assertThat(EngineExecutor.isClosedSession(ENGINE_HAND_OVER, new IllegalStateException())).isFalse();
    }

    /**
     * Once thrown often, the same failure comes without a stack trace (the JVM's {@code OmitStackTraceInFastThrow}):
     * it was logged as an error with no trace, 46 times as twenty benchmark pages closed. Then the action that
     * failed tells it: the engine's hand-over to a session, whose class {@code EngineHandOverTest} takes from the
     * engine itself.
     */
    @Test
    void theSameFailureWithoutAStackIsToldByTheActionThatFailed() {
        NullPointerException fastThrown = new NullPointerException();
        fastThrown.setStackTrace(new StackTraceElement[0]);

        assertThat(EngineExecutor.isClosedSession(ENGINE_HAND_OVER, fastThrown)).isTrue();
        assertThat(EngineExecutor.isClosedSession(ANY_ACTION, fastThrown)).isFalse();
        assertThat(EngineExecutor.isClosedSession(ENGINE_HAND_OVER, new IllegalStateException())).isFalse();
    }

    /** The engine's failure as 7.0.0 throws it: from the lambda that hands an action to the UI's session. */
    private static NullPointerException closedSession() {
        NullPointerException e = new NullPointerException(
                "Cannot invoke \"com.vaadin.flow.server.VaadinSession.access(com.vaadin.flow.server.Command)\" "
                        + "because \"session\" is null");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.vaadin.collaborationengine.ComponentConnectionContext",
                        "lambda$flushPendingActionsIfActive$0", "ComponentConnectionContext.java", 322),
                new StackTraceElement("java.util.concurrent.ThreadPoolExecutor", "runWorker",
                        "ThreadPoolExecutor.java", 1090)});
        return e;
    }

    /** The name of the thread that runs the next action, once it has run. */
    private String threadOfNextAction() throws Exception {
        CompletableFuture<String> name = new CompletableFuture<>();
        executor.execute(() -> name.complete(Thread.currentThread().getName()));
        return name.get(5, TimeUnit.SECONDS);
    }
}
