package io.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.tandem.base.ItemNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** Friendly error pages: no stack trace, no hint whether an item the person may not see exists. */
public final class ErrorViews {

    private ErrorViews() {
    }

    static Div page(String title, String text) {
        Div page = new Div(new H2(title), new Paragraph(text), new Anchor("", "Back to your home"));
        page.addClassName("error-page");
        return page;
    }

    /** An unknown route. */
    @AnonymousAllowed
    public static class RouteNotFound extends Div implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            removeAll();
            add(page("Page not found", "There is nothing at this address. Check the link, or start from your home."));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** An item id that does not exist, or that belongs to nothing the person may see. */
    @AnonymousAllowed
    public static class ItemNotFound extends Div implements HasErrorParameter<ItemNotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ItemNotFoundException> parameter) {
            removeAll();
            add(page("Not found", parameter.getException().getMessage()
                    + ". It may have been removed, or the link may be wrong."));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    static final String DATABASE_TITLE = "Database unavailable";
    static final String DATABASE_TEXT = "Tandem cannot reach its database right now and keeps retrying by itself. "
            + "Nothing you saved before is lost. Reload this page in a moment.";

    /** Opening a page while the database cannot be reached (the pool timed out waiting for a connection). */
    @AnonymousAllowed
    public static class DatabaseTimeout extends Div implements HasErrorParameter<java.sql.SQLTransientConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<java.sql.SQLTransientConnectionException> parameter) {
            removeAll();
            add(page(DATABASE_TITLE, DATABASE_TEXT));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
    }

    /** Opening a page while the database connection broke under a query. */
    @AnonymousAllowed
    public static class DatabaseConnectionLost extends Div
            implements HasErrorParameter<java.sql.SQLNonTransientConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<java.sql.SQLNonTransientConnectionException> parameter) {
            removeAll();
            add(page(DATABASE_TITLE, DATABASE_TEXT));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
    }
}
