package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tandem.base.CurrentUser;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.TeamBadge;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.CampaignStatus;
import io.tandem.campaign.CampaignWorkspace;
import io.tandem.campaign.SignOff;

/** Both teams' signatures on the plan; a team lead signs for their team here. */
class SignOffCard extends Div {

    private final CampaignService campaigns;
    private final Long campaignId;
    final Button sign = new Button("Sign the plan", VaadinIcon.PENCIL.create());

    SignOffCard(CampaignService campaigns, Long campaignId) {
        this.campaigns = campaigns;
        this.campaignId = campaignId;
        addClassNames("card", "signoff-card");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        sign.addClickListener(e -> {
            try {
                campaigns.sign(campaignId);
                Toast.success("You signed the plan");
            } catch (ValidationException ex) {
                Toast.error(ex.getMessage());
            }
        });
    }

    void show(CampaignWorkspace workspace) {
        removeAll();
        SignOff signOff = workspace.signOff();
        add(new H3("Sign-off"));
        if (workspace.ref().status() != CampaignStatus.PLANNING) {
            add(new Paragraph(workspace.ref().status() == CampaignStatus.CANCELLED ? "Cancelled."
                    : "Signed by both teams; the campaign is " + workspace.ref().status().label().toLowerCase()
                            + "."));
            return;
        }
        for (Team team : Team.values()) {
            SignOff.TeamSignature s = signOff.signatures().get(team);
            Span who = new Span(s == null ? "Waiting for a " + team.label() + " team lead"
                    : s.personName() + " · " + TimeAgo.of(s.signedAt()));
            Div row = new Div(s == null ? VaadinIcon.CIRCLE_THIN.create() : VaadinIcon.CHECK_CIRCLE.create(),
                    new TeamBadge(team), who);
            row.addClassNames("signoff-row", s == null ? "missing" : "signed");
            add(row);
        }
        Team myTeam = CurrentUser.require().team();
        sign.setVisible(workspace.canSign() && !signOff.signatures().containsKey(myTeam));
        sign.setText("Sign for " + myTeam.label());
        Paragraph rule = new Paragraph("The campaign goes live once a team lead of each team has signed. "
                + "Any later change to the brief clears the signatures.");
        rule.addClassName("hint");
        add(sign, rule);
    }
}
