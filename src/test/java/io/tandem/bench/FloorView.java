package io.tandem.bench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.tandem.base.ui.IfOpen;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The propagation benchmark's floor: a page with one line of text that the server changes by push, and nothing
 * else of Tandem's. {@link LivePropagationBench#floor} puts it on N pages and changes it the way the board is
 * changed (a call in the server's JVM, then {@code UI.access} for each open page), so the same harness measures what
 * Vaadin's push and N Chromium pages on this machine cost before any view of Tandem's does its work. Not a route of
 * the app: the benchmark registers it for its run only, so no other test or user ever sees it.
 */
@PermitAll
public class FloorView extends Div {

    static final String PATH = "bench-floor";

    private static final List<FloorView> OPEN = new CopyOnWriteArrayList<>();

    private final Span line = new Span("nothing yet");

    public FloorView() {
        line.addClassName("floor-line");
        add(line);
    }

    /** Shows {@code text} on every open floor page, as a live update reaches every open board. */
    static void showEverywhere(String text) {
        for (FloorView view : OPEN) {
            view.getUI().ifPresent(ui -> IfOpen.access(ui, () -> view.line.setText(text)));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        OPEN.add(this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        OPEN.remove(this);
    }
}
