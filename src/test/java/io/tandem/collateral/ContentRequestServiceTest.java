package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.ActivityService;
import io.tandem.activity.NotificationService;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class ContentRequestServiceTest {

    @Autowired
    ContentRequestService requests;
    @Autowired
    CollateralService collateral;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    NotificationService notifications;
    @Autowired
    ActivityService activity;

    @BeforeEach
    void seed() {
        demoPeople.seed();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private RequestInfo ask(String what) {
        signIn.as("priya");
        return requests.ask(what + " " + System.nanoTime(), "For the Northwind deal");
    }

    @Test
    void salesAsksMarketingAcceptsADraftIsLinkedAndTheRequesterSeesProgress() {
        RequestInfo r = ask("Healthcare case study");
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
        signIn.as("maya");
        assertThat(notifications.mine(20)).anySatisfy(n -> assertThat(n.title()).contains(r.title()));

        RequestInfo accepted = requests.accept(r.id(), AssetType.CASE_STUDY, BuyerStage.DECISION);
        AssetDetails asset = collateral.details(accepted.assetId());
        assertThat(asset.summary().title()).isEqualTo(r.title());
        assertThat(asset.summary().state()).isEqualTo(AssetState.DRAFT);
        assertThat(asset.summary().type()).isEqualTo(AssetType.CASE_STUDY);
        assertThat(asset.description()).contains("Northwind").contains("Requested by Priya Nair");

        signIn.as("priya");
        assertThat(notifications.mine(20)).anySatisfy(n -> assertThat(n.title()).contains("accepted your request"));
        RequestInfo seen = requests.list().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
        assertThat(seen.progress()).isEqualTo("Accepted by Maya Singh · draft");
        assertThat(activity.forItem("content-request", r.id().toString(), 5)).extracting(a -> a.action())
                .containsExactly("accepted", "requested");
    }

    @Test
    void declineNeedsAReasonAndATriagedRequestCannotBeTriagedAgain() {
        RequestInfo r = ask("Battlecard vs Initech");
        signIn.as("leo");
        assertThatThrownBy(() -> requests.decline(r.id(), " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKey("reason"));
        requests.decline(r.id(), "The March battlecard covers Initech");
        signIn.as("maya");
        assertThatThrownBy(() -> requests.accept(r.id(), null, null)).isInstanceOf(ValidationException.class)
                .hasMessage("This request was already declined by Leo Fischer");
        signIn.as("priya");
        assertThat(requests.list()).filteredOn(x -> x.id().equals(r.id())).singleElement()
                .satisfies(x -> assertThat(x.progress()).isEqualTo(
                        "Declined by Leo Fischer: The March battlecard covers Initech"));
    }

    @Test
    void onlyMarketingTriagesAndARequestNeedsATitle() {
        RequestInfo r = ask("Pricing one-pager");
        assertThatThrownBy(() -> requests.accept(r.id(), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.decline(r.id(), "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.ask("  ", null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKey("title"));
    }
}
