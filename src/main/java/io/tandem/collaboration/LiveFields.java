package io.tandem.collaboration;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields a {@link LiveForm} binds: they hand the Collaboration Engine only the values a person typed.
 * <p>
 * The engine writes every value change of a bound field to the topic, also the ones it made itself when it applied
 * a value from the topic. When two values of one field wait in a UI's queue (a busy server delivering late, a slow
 * request holding the UI's lock), it applies the older one first, writes it back over the newer, then the newer
 * over that, and so on for ever, in every open form on the topic. Leaving its own changes out ends that: what the
 * engine applies is already in the topic. (The engine also seeds an empty topic by writing back the values it
 * read from the database into the first form; without that, each form shows what it read from the database until
 * someone types, which is the same values.)
 */
public final class LiveFields {

    private static final String ENGINE = "com.vaadin.collaborationengine.";

    private LiveFields() {
    }

    /** A field that hands the engine only typed values. */
    public interface Typed {
    }

    /** {@code listener}, unless it is the engine's: then it hears only values that came from the browser. */
    static <E extends HasValue.ValueChangeEvent<?>> HasValue.ValueChangeListener<E> typedOnly(
            HasValue.ValueChangeListener<? super E> listener) {
        if (!listener.getClass().getName().startsWith(ENGINE)) {
            return listener::valueChanged;
        }
        return event -> {
            if (event.isFromClient()) {
                listener.valueChanged(event);
            }
        };
    }

    public static class Text extends TextField implements Typed {
        public Text(String label) {
            super(label);
        }

        @Override
        public Registration addValueChangeListener(
                ValueChangeListener<? super ComponentValueChangeEvent<TextField, String>> listener) {
            return super.addValueChangeListener(typedOnly(listener));
        }
    }

    public static class Area extends TextArea implements Typed {
        public Area(String label) {
            super(label);
        }

        @Override
        public Registration addValueChangeListener(
                ValueChangeListener<? super ComponentValueChangeEvent<TextArea, String>> listener) {
            return super.addValueChangeListener(typedOnly(listener));
        }
    }

    public static class Date extends DatePicker implements Typed {
        public Date(String label) {
            super(label);
        }

        @Override
        public Registration addValueChangeListener(
                ValueChangeListener<? super ComponentValueChangeEvent<DatePicker, LocalDate>> listener) {
            return super.addValueChangeListener(typedOnly(listener));
        }
    }

    public static class Decimal extends BigDecimalField implements Typed {
        public Decimal(String label) {
            super(label);
        }

        @Override
        public Registration addValueChangeListener(
                ValueChangeListener<? super ComponentValueChangeEvent<BigDecimalField, BigDecimal>> listener) {
            return super.addValueChangeListener(typedOnly(listener));
        }
    }
}
