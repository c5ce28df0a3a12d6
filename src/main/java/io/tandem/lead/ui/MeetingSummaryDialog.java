package io.tandem.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.tandem.lead.CampaignTally;
import java.util.List;

/** What a triage meeting decided: accepted, rejected and recycled leads per campaign. */
class MeetingSummaryDialog extends Dialog {

    final Grid<CampaignTally> grid = new Grid<>();

    MeetingSummaryDialog(LeadBoardView board, List<CampaignTally> tallies) {
        setHeaderTitle("Triage meeting summary");
        setWidth("min(36rem, 95vw)");
        int accepted = tallies.stream().mapToInt(CampaignTally::accepted).sum();
        int rejected = tallies.stream().mapToInt(CampaignTally::rejected).sum();
        int recycled = tallies.stream().mapToInt(CampaignTally::recycled).sum();
        add(new Paragraph(accepted + " accepted · " + rejected + " rejected · " + recycled + " recycled"));
        if (tallies.isEmpty()) {
            add(new Paragraph("No verdicts were given in this meeting."));
        } else {
            grid.addColumn(t -> t.campaignId() == null ? "No campaign"
                    : java.util.Objects.requireNonNullElse(board.campaignName(t.campaignId()), "Campaign " + t.campaignId()))
                    .setHeader("Campaign").setFlexGrow(2);
            grid.addColumn(CampaignTally::accepted).setHeader("Accepted");
            grid.addColumn(CampaignTally::rejected).setHeader("Rejected");
            grid.addColumn(CampaignTally::recycled).setHeader("Recycled");
            grid.setItems(tallies);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        getFooter().add(new Button("Close", e -> close()));
    }
}
