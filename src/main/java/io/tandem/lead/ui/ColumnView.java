package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadStage;
import java.util.ArrayList;
import java.util.List;

/** One stage of the board. Loads a page of cards at a time ("Show more"), never the whole stage. */
class ColumnView extends Div {

    static final int PAGE = 20;

    final LeadStage stage;
    private final LeadBoardView board;
    private final Span count = new Span();
    private final Div cards = new Div();
    final Button more = new Button("Show more");
    private final Div empty = new Div();
    private int shown = PAGE;
    final List<CardView> cardViews = new ArrayList<>();

    ColumnView(LeadBoardView board, LeadStage stage) {
        this.board = board;
        this.stage = stage;
        addClassNames("lead-column", "stage-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        count.addClassName("lead-column-count");
        H3 title = new H3(stage.label());
        Div header = new Div(title, count);
        header.addClassName("lead-column-header");
        cards.addClassName("lead-column-cards");
        cards.getElement().setAttribute("role", "list");
        cards.getElement().setAttribute("aria-label", stage.label());
        empty.setText("No leads here");
        empty.addClassName("lead-column-empty");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> {
            shown += PAGE;
            reload();
        });
        add(header, cards, empty, more);

        DropTarget<ColumnView> drop = DropTarget.create(this);
        drop.addDropListener(e -> e.getDragData().ifPresent(data -> {
            if (data instanceof LeadCard lead) {
                board.drop(lead, stage);
            }
        }));
    }

    void reload() {
        long total = board.count(stage);
        List<LeadCard> page = board.page(stage, shown);
        cards.removeAll();
        cardViews.clear();
        for (LeadCard lead : page) {
            CardView view = new CardView(board, lead);
            cardViews.add(view);
            cards.add(view);
        }
        count.setText(String.valueOf(total));
        empty.setVisible(page.isEmpty());
        more.setVisible(total > page.size());
        more.setText("Show more (" + (total - page.size()) + " more)");
    }
}
