package io.tandem.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryPanelTest {

    @Test
    void valuesThatBeginAlikeAreShownFromTheWordWhereTheyPart() {
        String old = "Win 40 qualified mid-market opportunities by the end of Q2.";
        assertThat(HistoryPanel.shownEnds(old, old.replace(" Q2.", " Q2 with a live demo.")))
                .containsExactly("…Q2.", "…Q2 with a live demo.");
        assertThat(HistoryPanel.shownEnds(old, old.replace("40", "50")))
                .as("they part early: shown whole").containsExactly(old, old.replace("40", "50"));
        assertThat(HistoryPanel.shownEnds(null, "Win 40")).containsExactly(null, "Win 40");
        assertThat(HistoryPanel.shownEnds(old, null)).containsExactly(old, null);
    }
}
