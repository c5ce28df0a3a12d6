package io.tandem.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.tandem.base.db.DatabaseMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something they did could not reach the database: a clear "not saved" message, while the
 * dialog or form they typed into stays open with their values so they can try again. Every other error goes to
 * Vaadin's default handling.
 */
@Component
class DatabaseErrors implements VaadinServiceInitListener {

    static final String NOT_SAVED = "Not saved: the database is unavailable. What you entered is still here; "
            + "try again in a moment.";

    private final transient DatabaseMonitor monitor;

    DatabaseErrors(DatabaseMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler(monitor)));
    }

    /** The session's error handler; Vaadin hands it every exception a listener in a view throws. */
    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(DatabaseErrors.class);
        private final transient DatabaseMonitor monitor;

        Handler(DatabaseMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            if (!DatabaseMonitor.isOutage(error)) {
                new DefaultErrorHandler().error(event);
                return;
            }
            log.warn("Not saved, database unavailable: {}", error.toString());
            if (monitor != null) {
                monitor.failed(error);
            }
            if (UI.getCurrent() != null) {
                Toast.error(NOT_SAVED);
            }
        }
    }
}
