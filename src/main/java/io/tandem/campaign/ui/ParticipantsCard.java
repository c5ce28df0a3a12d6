package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.TeamBadge;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.CampaignWorkspace;
import io.tandem.people.PersonSummary;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who plans this campaign, from both teams; invite, join, leave. */
class ParticipantsCard extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;
    private final List<PersonSummary> everyone;
    private final Long me;
    final ComboBox<PersonSummary> invite = new ComboBox<>();

    ParticipantsCard(CampaignService campaigns, Long campaignId, List<PersonSummary> everyone, Long me) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        this.everyone = everyone;
        this.me = me;
        addClassNames("card", "participants-card");
        invite.setPlaceholder("Invite someone…");
        invite.setItemLabelGenerator(p -> p.fullName() + " (" + p.team().label() + ")");
        invite.setWidthFull();
        invite.setAriaLabel("Invite a person to the plan");
        invite.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> campaigns.addParticipant(campaignId, e.getValue().id()));
                invite.clear();
            }
        });
    }

    void show(CampaignWorkspace workspace) {
        removeAll();
        add(new H3("Participants"));
        Set<Long> ids = workspace.participants().stream().map(PersonSummary::id).collect(Collectors.toSet());
        for (PersonSummary p : workspace.participants()) {
            Avatar avatar = new Avatar(p.fullName());
            avatar.setAbbreviation(p.initials());
            avatar.setColorIndex(p.team().colorIndex());
            avatar.addThemeName("xsmall");
            Span name = new Span(p.fullName() + (workspace.owner() != null && p.id().equals(workspace.owner().id())
                    ? " (owner)" : ""));
            Div row = new Div(avatar, name, new TeamBadge(p.team()));
            row.addClassName("participant-row");
            boolean removable = (workspace.canEdit() || p.id().equals(me))
                    && (workspace.owner() == null || !p.id().equals(workspace.owner().id()));
            if (removable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        e -> act(() -> campaigns.removeParticipant(campaignId, p.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(p.id().equals(me) ? "Leave the plan" : "Remove " + p.fullName());
                remove.setTooltipText(p.id().equals(me) ? "Leave the plan" : "Remove " + p.fullName());
                row.add(remove);
            }
            add(row);
        }
        if (workspace.canEdit()) {
            invite.setItems(everyone.stream().filter(p -> !ids.contains(p.id())).toList());
            add(invite);
        } else if (!ids.contains(me) && workspace.ref().status() != io.tandem.campaign.CampaignStatus.COMPLETED
                && workspace.ref().status() != io.tandem.campaign.CampaignStatus.CANCELLED) {
            Button join = new Button("Join this plan", e -> act(() -> campaigns.addParticipant(campaignId, me)));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            add(join);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException ex) {
            Toast.error(ex.getMessage());
        }
    }
}
