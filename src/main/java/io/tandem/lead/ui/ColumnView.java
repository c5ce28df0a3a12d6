package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.tandem.base.ui.KeptChildren;
import io.tandem.lead.ColumnSlice;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadStage;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One stage of the board. Loads a page of cards at a time ("Show more"), never the whole stage. A reload keeps the
 * cards that did not change, so a live update redraws only what moved; and the column has one action menu (a right
 * click on a card, or its ⋮ button) that fills itself for the card it opens on, instead of a menu per card: both
 * keep a board of a hundred cards light on the server (LivePropagationBench, SessionMemoryBench).
 */
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
    final ContextMenu menu;

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
            reload(null);
        });
        add(header, cards, empty, more);

        menu = new ContextMenu(cards) {
            @Override
            protected boolean onBeforeOpenMenu(ObjectNode detail) {
                JsonNode id = detail.get("leadId");
                Optional<CardView> card = id == null ? Optional.empty() : cardViews.stream()
                        .filter(v -> String.valueOf(v.lead.id()).equals(id.asString())).findFirst();
                card.ifPresent(ColumnView.this::menuFor);
                return card.isPresent();
            }
        };
        // the browser tells the menu which card it opens on; the ⋮ button (click, Enter or Space) opens the same menu
        cards.addAttachListener(e -> cards.getElement().executeJs("""
                const cards = this;
                cards.getContextMenuBeforeOpenDetail = e => {
                  const card = (e.detail && e.detail.sourceEvent || e).target.closest('[data-lead-id]');
                  return {leadId: card ? card.dataset.leadId : ''};
                };
                if (!cards.__menuButton) {
                  cards.__menuButton = true;
                  cards.addEventListener('click', e => {
                    const button = e.target.closest('.lead-card-menu');
                    if (!button) return;
                    const r = button.getBoundingClientRect();
                    button.dispatchEvent(new MouseEvent('contextmenu', {bubbles: true, composed: true,
                        clientX: r.left, clientY: r.bottom}));
                  });
                }"""));

        DropTarget<ColumnView> drop = DropTarget.create(this);
        drop.addDropListener(e -> e.getDragData().ifPresent(data -> {
            if (data instanceof LeadCard lead) {
                board.drop(lead, stage);
            }
        }));
    }

    /** Fills the column's menu with the actions on {@code card}; returns the menu. */
    ContextMenu menuFor(CardView card) {
        menu.removeAll();
        card.fill(menu, board);
        return menu;
    }

    /**
     * Loads the column again; cards that look the same are kept, the others are built and put in place.
     * {@code notice}: the live notice this reload answers, whose reads every board shares, or {@code null}.
     */
    void reload(String notice) {
        ColumnSlice slice = board.slice(stage, shown, notice);
        long total = slice.total();
        List<LeadCard> page = slice.cards();
        Map<Long, CardView> before = new HashMap<>();
        cardViews.forEach(v -> before.put(v.lead.id(), v));
        List<CardView> next = new ArrayList<>(page.size());
        for (LeadCard lead : page) {
            CardView kept = before.get(lead.id());
            next.add(kept != null && kept.stillShows(lead, board) ? kept : new CardView(board, lead));
        }
        KeptChildren.show(cards, cardViews, next);
        cardViews.clear();
        cardViews.addAll(next);
        count.setText(slice.totalLabel());
        empty.setVisible(page.isEmpty());
        more.setVisible(total > page.size());
        more.setText(slice.countCapped() ? "Show more"
                : String.format(java.util.Locale.ENGLISH, "Show more (%,d more)", total - page.size()));
    }
}
