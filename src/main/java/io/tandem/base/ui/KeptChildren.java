package io.tandem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a reloaded list into a container whose children views were kept where they still show the same thing: the
 * children no longer shown are removed and the others put in the new order, moving only those out of place. A live
 * update then sends the browser the views that changed, not the whole list (the lead board's columns, the campaign
 * plan; LivePropagationBench).
 */
public final class KeptChildren {

    private KeptChildren() {
    }

    /**
     * Makes {@code next} the children of {@code container}, where {@code shown} are its children before. The order
     * is compared on a local copy: the container's own {@code getComponentAt} walks its children each time, which
     * for a plan of a few hundred rows made every reload quadratic.
     */
    public static void show(HasOrderedComponents container, List<? extends Component> shown,
            List<? extends Component> next) {
        Set<Component> stay = new HashSet<>(next);
        List<Component> current = new ArrayList<>(container.getChildren().toList());
        for (Component c : shown) {
            if (!stay.contains(c)) {
                container.remove(c);
                current.remove(c);
            }
        }
        for (int i = 0; i < next.size(); i++) {
            Component view = next.get(i);
            if (i >= current.size() || current.get(i) != view) {
                container.addComponentAtIndex(i, view);
                current.remove(view);
                current.add(i, view);
            }
        }
    }
}
