package io.tandem.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's three kinds of toast, so every message looks and lasts the same. */
public final class Toast {

    private Toast() {
    }

    /** Something worked: bottom start, 3 s. */
    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something to know that is not an error: bottom start, 6 s. */
    public static void warning(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Something did not happen and the person must know: middle, 6 s. */
    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
