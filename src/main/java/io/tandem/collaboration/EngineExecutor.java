package io.tandem.collaboration;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads on which the Collaboration Engine hands its actions to the UIs: as many as the engine's own pool
 * (one per core), but an action that fails is logged instead of ending its thread with a stack trace on standard
 * error.
 *
 * <p>One failure is expected and harmless: Collaboration Engine 7.0.0 can dispatch to a UI whose session has just
 * closed (a person closed the tab while a live change was on its way), and its own action then fails with a
 * {@code NullPointerException} in {@code ComponentConnectionContext} ("session is null"): there is no one left to
 * show the change to. That is logged at debug; anything else at error, with its stack trace. Once the engine has
 * thrown it often, the JVM throws it without a stack trace ({@code OmitStackTraceInFastThrow}, the default): it is
 * then told by the action that failed, the engine's hand-over to a session.
 */
final class EngineExecutor extends ThreadPoolExecutor {

    private static final Logger log = LoggerFactory.getLogger(EngineExecutor.class);
    private static final String CONNECTION_CONTEXT = "com.vaadin.collaborationengine.ComponentConnectionContext";

    EngineExecutor(int threads) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("collaboration-", 1).daemon().factory());
    }

    @Override
    public void execute(Runnable command) {
        super.execute(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                if (isClosedSession(command.getClass().getName(), e)) {
                    log.debug("A live change reached a UI whose session had closed; nothing to show it to", e);
                } else {
                    log.error("A Collaboration Engine action failed", e);
                }
            }
        });
    }

    /**
     * The engine's failure when it dispatches to a UI that has already left its session: a
     * {@code NullPointerException} from the engine's hand-over to the session ({@code action}: the class of the
     * action that threw it), or with no stack at all from that hand-over.
     */
    static boolean isClosedSession(String action, Throwable e) {
        if (!(e instanceof NullPointerException)) {
            return false;
        }
        StackTraceElement[] stack = e.getStackTrace();
        return stack.length > 0 ? stack[0].getClassName().startsWith(CONNECTION_CONTEXT)
                : action.startsWith(CONNECTION_CONTEXT + "$$Lambda");
    }
}
