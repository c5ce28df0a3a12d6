package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TeamBadge;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.InputEntry;
import io.tandem.campaign.InputKind;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * What customers ask, object to and need, from sales, each entry attributed; marketing's questions to sales
 * with sales' answers. Sales adds input, marketing asks.
 */
class SalesInputPanel extends Div {

    private static final int MAX = 2000;

    private final CampaignService campaigns;
    private final Long campaignId;
    private final TandemUser me;
    private final Div entries = new Div();
    final Select<InputKind> kind = new Select<>();
    final TextArea text = new TextArea();
    final Button add = new Button();
    private List<InputEntry> loaded = List.of();

    SalesInputPanel(CampaignService campaigns, Long campaignId, TandemUser me) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        this.me = me;
        addClassName("input-panel");

        boolean sales = me.team() == Team.SALES || me.role() == Role.ADMIN;
        boolean marketing = me.team() == Team.MARKETING || me.role() == Role.ADMIN;
        List<InputKind> kinds = Arrays.stream(InputKind.values())
                .filter(k -> k == InputKind.QUESTION ? marketing : sales).toList();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(InputKind::label);
        kind.setValue(kinds.get(0));
        kind.setAriaLabel("What kind of input");
        kind.setVisible(kinds.size() > 1);
        text.setMaxLength(MAX);
        text.setWidthFull();
        text.setPlaceholder(sales && !marketing ? "What do customers ask, object to, need? What would help you sell this?"
                : "Ask sales a question, e.g. \"What do buyers in healthcare object to first?\"");
        text.setHelperText("0/" + MAX);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> text.setHelperText(e.getValue().length() + "/" + MAX));
        add.setText(sales && !marketing ? "Add" : marketing && !sales ? "Ask sales" : "Add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        add.setTooltipText("Ctrl+Enter");
        add.addClickListener(e -> submit());
        Div composer = new Div(kind, text, add);
        composer.addClassName("input-composer");

        entries.addClassName("input-entries");
        add(composer, entries);
        reload();
    }

    private void submit() {
        try {
            campaigns.addInput(campaignId, kind.getValue(), text.getValue());
            text.clear();
            text.setInvalid(false);
        } catch (ValidationException | AccessDeniedException ex) {
            text.setErrorMessage(ex.getMessage());
            text.setInvalid(true);
        }
    }

    long openQuestions() {
        return loaded.stream().filter(InputEntry::isOpenQuestion).count();
    }

    void reload() {
        loaded = campaigns.inputs(campaignId);
        entries.removeAll();
        if (loaded.isEmpty()) {
            entries.add(new EmptyState(VaadinIcon.COMMENTS_O, "No sales input yet",
                    "Sales: add the objections, pains and needs you hear from customers. "
                            + "Marketing: ask sales what you need to know."));
            return;
        }
        for (InputKind k : InputKind.values()) {
            List<InputEntry> ofKind = loaded.stream().filter(i -> i.kind() == k).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Div group = new Div(new H4(k.label() + " (" + ofKind.size() + ")"));
            group.addClassName("input-group");
            ofKind.forEach(i -> group.add(entry(i)));
            entries.add(group);
        }
    }

    private Div entry(InputEntry i) {
        Avatar avatar = new Avatar(i.authorName());
        avatar.setColorIndex(i.authorTeam().colorIndex());
        avatar.addThemeName("xsmall");
        Span meta = new Span(i.authorName() + " · " + TimeAgo.of(i.createdAt()));
        meta.addClassName("input-meta");
        Div head = new Div(avatar, meta, new TeamBadge(i.authorTeam()));
        head.addClassName("input-head");
        Paragraph body = new Paragraph(i.text());
        Div card = new Div(head, body);
        card.addClassNames("input-entry", i.isOpenQuestion() ? "open-question" : "settled");
        if (i.isQuestion()) {
            if (i.answeredAt() != null) {
                Paragraph answer = new Paragraph(i.answer());
                answer.addClassName("input-answer");
                Span by = new Span("Answered by " + i.answeredByName() + " · " + TimeAgo.of(i.answeredAt()));
                by.addClassName("input-meta");
                card.add(by, answer);
            } else if (me.team() == Team.SALES || me.role() == Role.ADMIN) {
                TextArea answer = new TextArea();
                answer.setPlaceholder("Answer for marketing");
                answer.setMaxLength(MAX);
                answer.setWidthFull();
                Button send = new Button("Answer", e -> {
                    try {
                        campaigns.answer(i.id(), i.version(), answer.getValue());
                    } catch (ValidationException ex) {
                        answer.setErrorMessage(ex.getMessage());
                        answer.setInvalid(true);
                    } catch (StaleEditException ex) {
                        Toast.error(ex.getMessage());
                        reload();
                    }
                });
                send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                card.add(answer, send);
            } else {
                Span waiting = new Span("Waiting for an answer from sales");
                waiting.addClassName("input-meta");
                card.add(waiting);
            }
        }
        if (i.authorId().equals(me.personId()) || me.role() == Role.ADMIN) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog("Remove this entry?", "\"" + abbreviate(i.text()) + "\"",
                        "Remove", ev -> campaigns.deleteInput(i.id()));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove this entry");
            remove.addClassName("input-remove");
            head.add(remove);
        }
        return card;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
