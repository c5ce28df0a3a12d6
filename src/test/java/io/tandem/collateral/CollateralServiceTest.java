package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.ActivityService;
import io.tandem.activity.NotificationService;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class CollateralServiceTest {

    @Autowired
    CollateralService collateral;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityService activity;
    @Autowired
    NotificationService notifications;

    Map<String, Long> ids;

    @BeforeEach
    void seed() {
        demoPeople.seed();
        signIn.as("maya");
        ids = people.listActive().stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private AssetSummary newAsset(String title) {
        signIn.as("maya");
        return collateral.create(new AssetForm(title + " " + System.nanoTime(), AssetType.CASE_STUDY, null,
                BuyerStage.CONSIDERATION, "How Acme cut churn", LocalDate.now().plusDays(3)));
    }

    /** An asset of Maya's with one PDF version, in review by Leo (Marketing), Priya and Sam (Sales). */
    private AssetSummary inReview(String title) {
        AssetSummary a = newAsset(title);
        collateral.addFileVersion(a.id(), "story.pdf", TestFiles.pdf(), "first cut");
        return collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("chloe"), ids.get("sam")));
    }

    private AssetSummary decideAs(String who, Long assetId, int version, Decision d, String comment) {
        signIn.as(who);
        try {
            return collateral.decide(assetId, version, d, comment);
        } finally {
            signIn.as("maya");
        }
    }

    private AssetState state(Long id) {
        return AssetState.valueOf(jdbc.queryForObject("SELECT state FROM collateral_asset WHERE id = ?",
                String.class, id));
    }

    @Test
    void fromUploadToPublishedWithSignOffFromBothTeamsAndAFullTrail() {
        AssetSummary a = inReview("Acme story");
        assertThat(a.state()).isEqualTo(AssetState.IN_REVIEW);

        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        assertThat(state(a.id())).as("Marketing alone is not enough").isEqualTo(AssetState.IN_REVIEW);
        decideAs("chloe", a.id(), 1, Decision.APPROVE, "Customers ask for this");
        assertThat(state(a.id())).isEqualTo(AssetState.APPROVED);

        collateral.publish(a.id());
        assertThat(collateral.library(LibraryQuery.all())).extracting(AssetSummary::id).contains(a.id());

        assertThat(activity.forItem("asset", a.id().toString(), 50)).extracting(x -> x.action())
                .as("newest first").containsSubsequence("published", "state-approved", "approved", "approved",
                        "submitted", "version-added", "created");
        assertThat(activity.forItem("asset", a.id().toString(), 50))
                .anySatisfy(x -> {
                    assertThat(x.actorName()).isEqualTo("Chloé Martin");
                    assertThat(x.summary()).contains("version 1").contains("Customers ask for this");
                });
    }

    @Test
    void reviewersAreNotifiedAndTheOwnerHearsOfStateChanges() {
        AssetSummary a = inReview("Notify");
        signIn.as("chloe");
        assertThat(notifications.mine(20)).anySatisfy(n -> assertThat(n.title()).contains("Review asked")
                .contains(a.title()));
        collateral.decide(a.id(), 1, Decision.REQUEST_CHANGES, "Add pricing");
        signIn.as("maya");
        assertThat(notifications.mine(20)).anySatisfy(n -> assertThat(n.title()).contains(a.title())
                .contains("changes requested"));
    }

    @Test
    void requestChangesNeedsACommentAndBlocksApprovalUntilResolved() {
        AssetSummary a = inReview("Changes");
        assertThatThrownBy(() -> decideAs("sam", a.id(), 1, Decision.REQUEST_CHANGES, "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("comment", "Say what should change"));
        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        decideAs("sam", a.id(), 1, Decision.REQUEST_CHANGES, "Wrong logo");
        assertThat(state(a.id())).isEqualTo(AssetState.CHANGES_REQUESTED);
        assertThatThrownBy(() -> decideAs("chloe", a.id(), 1, Decision.APPROVE, null))
                .as("no decisions outside review").isInstanceOf(ValidationException.class);

        // a new version and a resubmit: approvals reset, the old request for changes belongs to version 1
        collateral.addFileVersion(a.id(), "story-v2.pdf", TestFiles.pdf(), "logo fixed");
        collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("sam")));
        decideAs("sam", a.id(), 2, Decision.APPROVE, null);
        assertThat(state(a.id())).as("Leo approved version 1, not 2").isEqualTo(AssetState.IN_REVIEW);
        decideAs("leo", a.id(), 2, Decision.APPROVE, null);
        assertThat(state(a.id())).isEqualTo(AssetState.APPROVED);
        assertThat(collateral.details(a.id()).versions()).extracting(VersionInfo::number).containsExactly(2, 1);
    }

    @Test
    void aNewVersionOfAnApprovedAssetSendsItBackToReview() {
        AssetSummary a = inReview("Reset");
        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        decideAs("chloe", a.id(), 1, Decision.APPROVE, null);
        assertThat(state(a.id())).isEqualTo(AssetState.APPROVED);

        collateral.addLinkVersion(a.id(), "https://video.example/acme", "video cut");
        AssetDetails d = collateral.details(a.id());
        assertThat(d.summary().state()).isEqualTo(AssetState.IN_REVIEW);
        assertThat(d.summary().currentVersionNo()).isEqualTo(2);
        assertThat(d.reviewers()).allSatisfy(r -> assertThat(r.decision()).isNull());
        assertThatThrownBy(() -> decideAs("chloe", a.id(), 1, Decision.APPROVE, null))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("Version 2");
    }

    @Test
    void permissionsAreCheckedByTheService() {
        AssetSummary a = inReview("Perms");
        signIn.as("chloe");
        assertThatThrownBy(() -> collateral.create(new AssetForm("Sales made", AssetType.DECK, null,
                BuyerStage.DECISION, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collateral.addFileVersion(a.id(), "x.pdf", TestFiles.pdf(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collateral.publish(a.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as("jonas");
        assertThatThrownBy(() -> collateral.decide(a.id(), 1, Decision.APPROVE, null))
                .as("not an assigned reviewer").isInstanceOf(AccessDeniedException.class);
        signIn.as("ines");
        assertThatThrownBy(() -> collateral.decide(a.id(), 1, Decision.APPROVE, null))
                .as("Marketing, but not assigned").isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> collateral.workbench()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void submitNeedsAVersionAndAReviewerFromEachTeam() {
        AssetSummary a = newAsset("Submit");
        assertThatThrownBy(() -> collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("sam"))))
                .hasMessage("Add a file or a link before you submit for review");
        collateral.addLinkVersion(a.id(), "https://blog.example/post", null);
        assertThatThrownBy(() -> collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("ines"))))
                .hasMessage("Pick at least one reviewer from Sales and one from Marketing");
        assertThatThrownBy(() -> collateral.submit(a.id(), List.of(ids.get("maya"), ids.get("sam"))))
                .hasMessageContaining("owner cannot review");
        assertThat(state(a.id())).isEqualTo(AssetState.DRAFT);
        assertThat(collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("sam"))).state())
                .isEqualTo(AssetState.IN_REVIEW);
    }

    @Test
    void publishingNeedsApprovalAndRetiringNeedsAReason() {
        AssetSummary a = inReview("Publish");
        assertThatThrownBy(() -> collateral.publish(a.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only an approved asset");
        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        decideAs("sam", a.id(), 1, Decision.APPROVE, null);
        collateral.publish(a.id());
        assertThatThrownBy(() -> collateral.retire(a.id(), " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(state(a.id())).isEqualTo(AssetState.PUBLISHED);
        collateral.retire(a.id(), "Pricing changed");
        assertThat(collateral.details(a.id()).retiredReason()).isEqualTo("Pricing changed");
        assertThat(activity.forItem("asset", a.id().toString(), 5).getFirst().summary()).contains("Pricing changed");
        assertThat(collateral.library(LibraryQuery.all())).extracting(AssetSummary::id).doesNotContain(a.id());
    }

    @Test
    void refusedUploadsStoreNothing() {
        AssetSummary a = newAsset("Uploads");
        int versions = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_version", Integer.class);
        int chunks = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_file_chunk", Integer.class);
        byte[] png = TestFiles.png();
        for (Runnable bad : List.<Runnable>of(
                () -> collateral.addFileVersion(a.id(), "fake.pdf", png, null),
                () -> collateral.addFileVersion(a.id(), "empty.pdf", new byte[0], null),
                () -> collateral.addFileVersion(a.id(), "cut.png", Arrays.copyOf(png, png.length - 12), null),
                () -> collateral.addFileVersion(a.id(), "huge.pdf",
                        Arrays.copyOf(TestFiles.pdf(), (int) collateral.maxUploadBytes() + 1), null),
                () -> collateral.addLinkVersion(a.id(), "javascript:alert(1)", null))) {
            assertThatThrownBy(bad::run).isInstanceOf(ValidationException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_version", Integer.class)).isEqualTo(versions);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_file_chunk", Integer.class)).isEqualTo(chunks);
        assertThat(collateral.details(a.id()).summary().currentVersionNo()).isZero();
    }

    @Test
    void filesAreStoredInChunksWithAChecksumAndReadBackExactly() {
        AssetSummary a = newAsset("Big file");
        byte[] pdf = TestFiles.pdf();
        byte[] big = new byte[2 * 1024 * 1024 + 123];
        new java.util.Random(7).nextBytes(big);
        System.arraycopy(pdf, 0, big, 0, 9);
        System.arraycopy("%%EOF\n".getBytes(), 0, big, big.length - 6, 6);
        VersionInfo v = collateral.addFileVersion(a.id(), "big.pdf", big, null);
        assertThat(v.sha256()).isEqualTo(FileCheck.sha256(big));
        assertThat(v.sizeBytes()).isEqualTo(big.length);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_file_chunk WHERE version_id = ?",
                Integer.class, v.id())).isEqualTo(3);
        FileContent back = collateral.file(v.id());
        assertThat(back.bytes()).isEqualTo(big);
        assertThat(back.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void staleDetailEditIsRefused() {
        AssetSummary a = newAsset("Stale");
        long version = collateral.details(a.id()).version();
        AssetForm form = new AssetForm("Renamed once", AssetType.BROCHURE, null, BuyerStage.AWARENESS, null, null);
        collateral.update(a.id(), version, form);
        signIn.as("leo");
        assertThatThrownBy(() -> collateral.update(a.id(), version,
                new AssetForm("Renamed twice", AssetType.BROCHURE, null, BuyerStage.AWARENESS, null, null)))
                .isInstanceOf(StaleEditException.class);
        assertThat(collateral.details(a.id()).summary().title()).isEqualTo("Renamed once");
        assertThatThrownBy(() -> collateral.update(a.id(), collateral.details(a.id()).version(),
                new AssetForm(" ", null, null, null, null, null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("title", "type", "stage"));
    }

    @Test
    void usageIsCountedWithHelpfulnessAndTheLibraryFiltersAndSorts() {
        AssetSummary a = inReview("Library A");
        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        decideAs("sam", a.id(), 1, Decision.APPROVE, null);
        collateral.publish(a.id());
        signIn.as("chloe");
        collateral.recordUse(a.id(), "Globex renewal", true, "Closed the objection on churn");
        collateral.recordUse(a.id(), null, false, "Too long");
        collateral.recordUse(a.id(), null, null, null);
        AssetSummary used = collateral.library(new LibraryQuery(a.title().substring(0, 9), AssetType.CASE_STUDY,
                BuyerStage.CONSIDERATION, null, LibraryQuery.Sort.MOST_USED)).stream()
                .filter(s -> s.id().equals(a.id())).findFirst().orElseThrow();
        assertThat(used.uses()).isEqualTo(3);
        assertThat(used.helpful()).isEqualTo(1);
        assertThat(used.notHelpful()).isEqualTo(1);
        assertThat(used.retireCandidate()).isFalse();
        assertThat(collateral.library(new LibraryQuery(null, AssetType.DECK, null, null, LibraryQuery.Sort.NEWEST)))
                .extracting(AssetSummary::id).doesNotContain(a.id());
        assertThat(collateral.library(new LibraryQuery(null, null, BuyerStage.AWARENESS, null, null)))
                .extracting(AssetSummary::id).doesNotContain(a.id());
        List<AssetSummary> mostUsed = collateral.library(new LibraryQuery(null, null, null, null,
                LibraryQuery.Sort.MOST_USED));
        for (int i = 1; i < mostUsed.size(); i++) {
            assertThat(mostUsed.get(i - 1).uses()).isGreaterThanOrEqualTo(mostUsed.get(i).uses());
        }
    }

    @Test
    void unusedPublishedAssetsAreRetireCandidatesForTheirOwner() {
        AssetSummary a = inReview("Old");
        decideAs("leo", a.id(), 1, Decision.APPROVE, null);
        decideAs("sam", a.id(), 1, Decision.APPROVE, null);
        collateral.publish(a.id());
        assertThat(collateral.retireCandidates(ids.get("maya"))).extracting(AssetSummary::id).doesNotContain(a.id());
        jdbc.update("UPDATE collateral_asset SET published_at = DATE_SUB(NOW(6), INTERVAL 100 DAY) WHERE id = ?",
                a.id());
        assertThat(collateral.retireCandidates(ids.get("maya"))).extracting(AssetSummary::id).contains(a.id());
        signIn.as("chloe");
        collateral.recordUse(a.id(), null, null, null);
        assertThat(collateral.retireCandidates(ids.get("maya"))).extracting(AssetSummary::id).doesNotContain(a.id());
    }

    @Test
    void waitingForMeListsUndecidedReviewsOnly() {
        AssetSummary a = inReview("Queue");
        signIn.as("chloe");
        assertThat(collateral.waitingForMe()).extracting(AssetSummary::id).contains(a.id());
        collateral.decide(a.id(), 1, Decision.APPROVE, null);
        assertThat(collateral.waitingForMe()).extracting(AssetSummary::id).doesNotContain(a.id());
        signIn.as("jonas");
        assertThat(collateral.waitingForMe()).extracting(AssetSummary::id).doesNotContain(a.id());
    }

    // ------------------------------------------------------------------ races, with real threads

    private <T> Callable<T> as(String who, CyclicBarrier start, Callable<T> work) {
        return () -> {
            signIn.as(who);
            try {
                start.await(10, TimeUnit.SECONDS);
                return work.call();
            } finally {
                signIn.out();
            }
        };
    }

    @Test
    void twoReviewersApprovingAtOnceEndApproved() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                AssetSummary a = inReview("Race " + round);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<AssetSummary> sales = pool.submit(as("chloe", start,
                        () -> collateral.decide(a.id(), 1, Decision.APPROVE, null)));
                Future<AssetSummary> marketing = pool.submit(as("leo", start,
                        () -> collateral.decide(a.id(), 1, Decision.APPROVE, null)));
                sales.get(30, TimeUnit.SECONDS);
                marketing.get(30, TimeUnit.SECONDS);
                assertThat(state(a.id())).as("round " + round).isEqualTo(AssetState.APPROVED);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_decision WHERE asset_id = ?",
                        Integer.class, a.id())).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void approvalRacingANewVersionEndsInReviewOfTheNewVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                AssetSummary a = inReview("Version race " + round);
                decideAs("leo", a.id(), 1, Decision.APPROVE, null);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Object> approve = pool.submit(as("chloe", start, () -> {
                    try {
                        return collateral.decide(a.id(), 1, Decision.APPROVE, null);
                    } catch (StaleEditException e) {
                        return e; // the new version came first: the reviewer is told, nothing recorded
                    }
                }));
                Future<VersionInfo> upload = pool.submit(as("maya", start,
                        () -> collateral.addFileVersion(a.id(), "v2.pdf", TestFiles.pdf(), null)));
                Object outcome = approve.get(30, TimeUnit.SECONDS);
                assertThat(upload.get(30, TimeUnit.SECONDS).number()).isEqualTo(2);

                // either order ends the same: version 2 current, in review, nobody has approved version 2
                assertThat(state(a.id())).as("round " + round).isEqualTo(AssetState.IN_REVIEW);
                assertThat(jdbc.queryForObject("SELECT current_version_no FROM collateral_asset WHERE id = ?",
                        Integer.class, a.id())).isEqualTo(2);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collateral_decision WHERE asset_id = ? "
                        + "AND version_no = 2", Integer.class, a.id())).isZero();
                int priyaOnV1 = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_decision WHERE asset_id = ? "
                        + "AND person_id = ?", Integer.class, a.id(), ids.get("chloe"));
                assertThat(priyaOnV1).isEqualTo(outcome instanceof StaleEditException ? 0 : 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
