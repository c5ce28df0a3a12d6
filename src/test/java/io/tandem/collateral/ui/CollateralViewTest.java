package io.tandem.collateral.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetState;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.shell.HomeView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CollateralViewTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    CollateralService collateral;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, PersonSummary> byName;

    @BeforeEach
    void demo() {
        demoPeople.seed();
        login("maya");
        byName = people.listActive().stream().collect(Collectors.toMap(PersonSummary::username, p -> p));
        logout();
    }

    /**
     * Runs before the base class signs out: leaves the views (ending their live subscriptions) and runs the
     * pending UI tasks while still signed in, so a late live notice does not reload a view after sign-out.
     */
    @AfterEach
    void leaveViews() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.removeAll();
            MockVaadin.clientRoundtrip(false);
        }
    }

    private void as(String username) {
        logout();
        login(username);
    }

    private AssetSummary draftWithLink(String title) {
        as("maya");
        AssetSummary a = collateral.create(new AssetForm(title + " " + System.nanoTime(), AssetType.BATTLECARD, null,
                BuyerStage.DECISION, "Against Globex", LocalDate.now().minusDays(1)));
        collateral.addLinkVersion(a.id(), "https://docs.example/battlecard", null);
        return a;
    }

    private AssetSummary published(String title) {
        AssetSummary a = draftWithLink(title);
        collateral.submit(a.id(), List.of(byName.get("leo").id(), byName.get("chloe").id()));
        as("leo");
        collateral.decide(a.id(), 1, Decision.APPROVE, null);
        as("chloe");
        collateral.decide(a.id(), 1, Decision.APPROVE, null);
        as("maya");
        return collateral.publish(a.id());
    }

    private AssetState state(Long id) {
        return AssetState.valueOf(jdbc.queryForObject("SELECT state FROM collateral_asset WHERE id = ?",
                String.class, id));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static void open(AssetSummary a) {
        UI.getCurrent().navigate("collateral/" + a.id());
    }

    @Test
    void salesSeesTheLibraryButCannotStartAssets() {
        AssetSummary a = published("Sales library");
        as("chloe");
        UI.getCurrent().navigate(CollateralView.class);
        CollateralView view = _get(CollateralView.class);
        assertThat(view.newAsset.isVisible()).isFalse();
        List<AssetSummary> shown = view.library.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(AssetSummary::id).contains(a.id());

        _setValue(view.search, a.title());
        assertThat(_size(view.library)).isEqualTo(1);
        _setValue(view.typeFilter, AssetType.DECK);
        assertThat(view.library.isVisible()).isFalse();
        _setValue(view.typeFilter, AssetType.BATTLECARD);
        _setValue(view.stageFilter, BuyerStage.DECISION);
        assertThat(_get(view.library, 0).id()).isEqualTo(a.id());
    }

    @Test
    void marketingStartsAnAssetAndAnEmptyTitleIsAFieldError() {
        as("maya");
        UI.getCurrent().navigate(CollateralView.class);
        CollateralView view = _get(CollateralView.class);
        assertThat(view.newAsset.isVisible()).isTrue();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_asset", Integer.class);

        _click(view.newAsset);
        AssetDialog dialog = _get(AssetDialog.class);
        _setValue(dialog.type, AssetType.CASE_STUDY);
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.stage.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_asset", Integer.class)).isEqualTo(before);

        String title = "Healthcare case study " + System.nanoTime();
        _setValue(dialog.title, title);
        _setValue(dialog.stage, BuyerStage.CONSIDERATION);
        _click(dialog.save);
        _assertNone(AssetDialog.class);
        AssetView asset = _get(AssetView.class);
        assertThat(asset.details.summary().title()).isEqualTo(title);
        assertThat(asset.details.summary().state()).isEqualTo(AssetState.DRAFT);
        assertThat(button("Submit for review").isEnabled()).as("no version yet").isFalse();
    }

    @Test
    void marketerSubmitsSalesAndMarketingApproveMarketerPublishesSalesUsesIt() {
        AssetSummary a = draftWithLink("Flow");
        as("maya");
        open(a);
        _click(button("Submit for review"));
        SubmitDialog submit = _get(SubmitDialog.class);
        _setValue(submit.reviewers, Set.of(byName.get("leo")));
        _click(submit.submit);
        assertThat(submit.reviewers.isInvalid()).as("one team only").isTrue();
        _setValue(submit.reviewers, Set.of(byName.get("leo"), byName.get("chloe")));
        _click(submit.submit);
        assertThat(state(a.id())).isEqualTo(AssetState.IN_REVIEW);

        as("chloe");
        UI.getCurrent().navigate(CollateralView.class);
        assertThat(_get(CollateralView.class).queue.getGenericDataView().getItems().toList())
                .extracting(AssetSummary::id).contains(a.id());
        open(a);
        _assertNone(Button.class, spec -> spec.withText("Add version"));
        _click(button("Request changes"));
        DecisionDialog changes = _get(DecisionDialog.class);
        _click(changes.confirm);
        assertThat(changes.comment.isInvalid()).as("a comment is required").isTrue();
        _click(button("Cancel"));
        _click(button("Approve version 1"));
        _click(_get(DecisionDialog.class).confirm);
        assertThat(state(a.id())).isEqualTo(AssetState.IN_REVIEW);

        as("leo");
        open(a);
        _click(button("Approve version 1"));
        _click(_get(DecisionDialog.class).confirm);
        assertThat(state(a.id())).isEqualTo(AssetState.APPROVED);

        as("maya");
        open(a);
        _click(button("Publish"));
        assertThat(state(a.id())).isEqualTo(AssetState.PUBLISHED);

        as("chloe");
        open(a);
        _click(button("I used this"));
        UseDialog use = _get(UseDialog.class);
        _setValue(use.reference, "Initech");
        _setValue(use.vote, UseDialog.HELPFUL);
        _click(use.save);
        AssetView view = _get(AssetView.class);
        assertThat(view.details.summary().uses()).isEqualTo(1);
        assertThat(view.details.summary().helpful()).isEqualTo(1);
    }

    @Test
    void aMarketerAddsALinkVersionAndABadLinkIsAFieldError() {
        as("maya");
        AssetSummary a = collateral.create(new AssetForm("Video " + System.nanoTime(), AssetType.VIDEO_LINK, null,
                BuyerStage.AWARENESS, null, null));
        open(a);
        _click(button("Add version"));
        VersionDialog dialog = _get(VersionDialog.class);
        _click(dialog.add);
        assertThat(dialog.uploadError.getText()).contains("Choose a file first");
        dialog.setPendingFile("fake.pdf", io.tandem.collateral.TestFiles.png());
        _click(dialog.add);
        assertThat(dialog.uploadError.getText()).contains("contains a PNG image");
        dialog.kind.setSelectedIndex(1);
        _setValue(dialog.link, "not a link");
        _click(dialog.add);
        assertThat(dialog.link.isInvalid()).isTrue();
        _setValue(dialog.link, "https://video.example/intro");
        _click(dialog.add);
        _assertNone(VersionDialog.class);
        assertThat(_get(AssetView.class).details.summary().currentVersionNo()).isEqualTo(1);
    }

    @Test
    void retiringAPublishedAssetNeedsAReason() {
        AssetSummary a = published("Retire");
        open(a);
        _click(button("Retire"));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(state(a.id())).isEqualTo(AssetState.PUBLISHED);
        _setValue(dialog.reason, "Replaced by the 2027 edition");
        _click(dialog.confirm);
        assertThat(state(a.id())).isEqualTo(AssetState.RETIRED);
    }

    @Test
    void theReviewWaitingForAPersonIsOnTheirHomeAndFlaggedOverdue() {
        AssetSummary a = draftWithLink("Home");
        collateral.submit(a.id(), List.of(byName.get("leo").id(), byName.get("sam").id()));
        as("sam");
        UI.getCurrent().navigate(HomeView.class);
        List<Anchor> needs = _find(Anchor.class, spec -> spec.withClasses("needs-item"));
        assertThat(needs).anySatisfy(n -> {
            assertThat(n.getHref()).isEqualTo("collateral/" + a.id());
            assertThat(n.getClassNames()).contains("overdue");
        });
        as("jonas");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("needs-item")))
                .noneSatisfy(n -> assertThat(n.getHref()).isEqualTo("collateral/" + a.id()));
    }

    @Test
    void salesAsksForContentAndMarketingAcceptsIntoADraft() {
        as("chloe");
        UI.getCurrent().navigate(CollateralView.class);
        CollateralView view = _get(CollateralView.class);
        view.tabs.setSelectedIndex(3);
        _click(view.ask);
        RequestDialog dialog = _get(RequestDialog.class);
        _click(dialog.send);
        assertThat(dialog.title.isInvalid()).isTrue();
        String title = "Case study for healthcare " + System.nanoTime();
        _setValue(dialog.title, title);
        _click(dialog.send);
        _assertNone(RequestDialog.class);
        assertThat(view.requests.getGenericDataView().getItems().toList())
                .anySatisfy(r -> assertThat(r.title()).isEqualTo(title));
        int row = view.requests.getGenericDataView().getItems().map(r -> r.title()).toList().indexOf(title);
        assertThat(_find((com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(view.requests, row, "actions"), Button.class)).as("sales cannot triage").isEmpty();

        as("maya");
        UI.getCurrent().navigate(CollateralView.class);
        view = _get(CollateralView.class);
        view.tabs.setSelectedIndex(3);
        row = view.requests.getGenericDataView().getItems().map(r -> r.title()).toList().indexOf(title);
        var cell = (com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(view.requests, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withText("Accept")));
        AssetView asset = _get(AssetView.class);
        assertThat(asset.details.summary().title()).isEqualTo(title);
        assertThat(asset.details.summary().state()).isEqualTo(AssetState.DRAFT);
    }

    @Test
    void anUnknownAssetIsNotFound() {
        as("chloe");
        UI.getCurrent().navigate("collateral/987654321");
        _assertNone(AssetView.class);
        _assertOne(io.tandem.base.ui.ErrorViews.ItemNotFound.class);
    }

    @Autowired
    io.tandem.campaign.CampaignService campaignsForLink;
    @Autowired
    io.tandem.SignIn signInForLink;

    @Test
    void aLinkFromACampaignOpensTheLibraryFilteredToIt() {
        signInForLink.as("maya");
        io.tandem.campaign.CampaignRef campaign = campaignsForLink.create("Library link " + System.nanoTime());
        login("maya");
        com.vaadin.flow.component.UI.getCurrent().navigate("collateral",
                com.vaadin.flow.router.QueryParameters.of("campaign", String.valueOf(campaign.id())));
        org.assertj.core.api.Assertions.assertThat(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(CollateralView.class).campaignFilter.getValue())
                .isEqualTo(campaign);
    }
}
