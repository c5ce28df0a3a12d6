package io.tandem.campaign.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Optional;

/**
 * The done box of a plan row: Vaadin's checkbox element, whose value the server hears of only when the person
 * toggles it (the element's {@code change} event). Flow's {@code Checkbox} also listens to the element's
 * {@code checked-changed} and {@code indeterminate-changed} events, which every new {@code vaadin-checkbox} fires
 * once when it first renders; so each task added to a plan sent a request back to the server from every open plan
 * (docs/decisions/0032).
 */
@Tag("vaadin-checkbox")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
class DoneBox extends AbstractSinglePropertyField<DoneBox, Boolean> implements Focusable<DoneBox>, HasAriaLabel {

    DoneBox() {
        super("checked", false, false);
        setSynchronizedEvent("change");
    }

    /** The element's own accessible name, which it gives its native input (as Flow's {@code Checkbox} does). */
    @Override
    public void setAriaLabel(String label) {
        getElement().setProperty("accessibleName", label);
    }

    @Override
    public Optional<String> getAriaLabel() {
        return Optional.ofNullable(getElement().getProperty("accessibleName"));
    }
}
