package io.tandem.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.collaborationengine.ActionDispatcher;
import com.vaadin.collaborationengine.ComponentConnectionContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.tandem.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What {@link EngineExecutor} is handed by the engine itself: the actions it runs for a page are the engine's
 * hand-over to the page's session, which is how the executor tells the engine's failure on a closed session once
 * the JVM has stopped giving that failure a stack trace.
 */
class EngineHandOverTest extends KaribuTest {

    @Test
    void theEngineHandsAPagesActionsToItsSessionAsTheExecutorExpects() {
        Div component = new Div();
        UI.getCurrent().add(component);
        ComponentConnectionContext context = new ComponentConnectionContext(component);
        AtomicReference<ActionDispatcher> dispatcher = new AtomicReference<>();
        List<Runnable> handed = new ArrayList<>();
        context.init(dispatcher::set, handed::add);

        dispatcher.get().dispatchAction(() -> { });

        assertThat(handed).singleElement().satisfies(action -> {
            String name = action.getClass().getName();
            assertThat(name).startsWith("com.vaadin.collaborationengine.ComponentConnectionContext$$Lambda");
            NullPointerException fastThrown = new NullPointerException();
            fastThrown.setStackTrace(new StackTraceElement[0]);
            assertThat(EngineExecutor.isClosedSession(name, fastThrown)).isTrue();
        });
    }
}
