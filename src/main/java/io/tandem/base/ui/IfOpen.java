package io.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/** Work finished off the UI thread, shown on the page that asked for it if that page is still open. */
public final class IfOpen {

    private IfOpen() {
    }

    /** Runs {@code command} in {@code ui}, unless the person has closed or left the page (no one to tell). */
    public static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // closed the tab or navigated away meanwhile
        }
    }
}
