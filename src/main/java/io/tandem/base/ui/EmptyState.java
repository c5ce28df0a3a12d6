package io.tandem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly empty state: an icon, a title, one sentence on what to do next, and optional actions. */
public class EmptyState extends Composite<Div> {

    private final Paragraph hint = new Paragraph();

    public EmptyState(VaadinIcon icon, String title, String hint, Component... actions) {
        Div root = getContent();
        root.addClassName("empty-state");
        Icon i = icon.create();
        i.addClassName("empty-state-icon");
        Div actionRow = new Div(actions);
        actionRow.addClassName("empty-state-actions");
        this.hint.setText(hint);
        root.add(i, new H3(title), this.hint, actionRow);
    }

    /** Changes the sentence on what to do next, for someone who cannot do what it said. */
    public void setHint(String text) {
        hint.setText(text);
    }
}
