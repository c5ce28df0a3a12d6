package io.tandem.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import io.tandem.base.db.DatabaseMonitor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A bar over every signed-in view while the database cannot be reached ("Connection to the database lost —
 * retrying…"), and "Back online" for a few seconds once it answers again. Pushed to every open UI at once.
 */
public class DatabaseBanner extends Div {

    public static final String LOST = "Connection to the database lost — retrying… Your unsaved changes are kept.";
    public static final String BACK = "Back online";
    private static final long BACK_SHOWN_MS = 5000;

    private final transient DatabaseMonitor monitor;
    private Registration registration;

    public DatabaseBanner(DatabaseMonitor monitor) {
        this.monitor = monitor;
        addClassName("database-banner");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "assertive");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        show(monitor.online() ? null : false);
        registration = monitor.onChange(online -> ui.access(() -> show(online)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** {@code false}: lost; {@code true}: back; {@code null}: nothing to say. */
    private void show(Boolean online) {
        if (online == null) {
            setVisible(false);
            return;
        }
        setText(online ? BACK : LOST);
        setClassName("offline", !online);
        setClassName("back-online", online);
        setVisible(true);
        if (online) {
            UI ui = UI.getCurrent();
            CompletableFuture.delayedExecutor(BACK_SHOWN_MS, TimeUnit.MILLISECONDS).execute(() -> {
                IfOpen.access(ui, () -> {
                    if (monitor.online()) {
                        setVisible(false);
                    }
                });
            });
        }
    }
}
