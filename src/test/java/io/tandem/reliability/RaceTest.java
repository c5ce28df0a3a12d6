package io.tandem.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.PlanTask;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetState;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.lead.RejectReason;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three people act on the same thing at the same instant (real threads released together by a barrier), round after
 * round: the same plan task, the same asset's review, the same lead card; and twelve uploads (half of them fakes) to
 * one asset at once. Every round must end in one consistent
 * state that matches what the winners did, every successful call must be in the database (no lost update), and every
 * loser must be told (a stale-edit or validation message), never silently overwritten. The figures are printed
 * for docs/reliability.md. (Co-editing the same brief field is covered in CampaignServiceTest and docs/decisions/0008.)
 */
@TandemSpringTest
class RaceTest {

    static final int ROUNDS = 8;
    static final AtomicInteger RACES = new AtomicInteger();
    static final AtomicInteger CALLS = new AtomicInteger();
    static final AtomicInteger TOLD = new AtomicInteger();

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    PeopleService people;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CollateralService collateral;
    @Autowired
    LeadService leads;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> ids;

    @BeforeEach
    void demo() {
        demoPeople.seed();
        signIn.as("alex");
        ids = people.listActive().stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        signIn.out();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    @AfterAll
    static void figures() {
        System.out.printf("Races: %d rounds with %d concurrent calls; %d losers told; lost updates 0%n", RACES.get(),
                CALLS.get(), TOLD.get());
    }

    /** One action of one person in a race: returns what it did, or throws what the person is told. */
    interface Action {
        String run() throws Exception;
    }

    /** Runs the actions at the same instant, each signed in as its person; "told: …" for a refused one. */
    private Map<String, String> race(Map<String, Action> actions) throws Exception {
        RACES.incrementAndGet();
        CyclicBarrier barrier = new CyclicBarrier(actions.size());
        ExecutorService pool = Executors.newFixedThreadPool(actions.size());
        Map<String, Future<String>> futures = new LinkedHashMap<>();
        try {
            for (var e : actions.entrySet()) {
                futures.put(e.getKey(), pool.submit(() -> {
                    signIn.as(e.getKey());
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        return e.getValue().run();
                    } catch (StaleEditException | ValidationException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                        TOLD.incrementAndGet();
                        return "told: " + refused.getMessage();
                    } finally {
                        signIn.out();
                    }
                }));
            }
            Map<String, String> outcome = new LinkedHashMap<>();
            for (var f : futures.entrySet()) {
                outcome.put(f.getKey(), f.getValue().get(60, TimeUnit.SECONDS));
                CALLS.incrementAndGet();
            }
            return outcome;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> winners(Map<String, String> outcome) {
        return outcome.entrySet().stream().filter(e -> !e.getValue().startsWith("told: ")).map(Map.Entry::getKey)
                .toList();
    }

    @Test
    void threePeopleEditingOneTaskAtOnce() throws Exception {
        signIn.as("maya");
        Long campaignId = campaigns.create("Race " + System.nanoTime()).id();
        campaigns.addParticipant(campaignId, ids.get("sam"));
        campaigns.addParticipant(campaignId, ids.get("leo"));
        PlanTask task = campaigns.addTask(campaignId, "Start", null, null);
        for (int round = 0; round < ROUNDS; round++) {
            PlanTask seen = campaigns.tasks(campaignId).getFirst();
            int r = round;
            Map<String, Action> actions = new LinkedHashMap<>();
            for (String who : List.of("maya", "sam", "leo")) {
                actions.put(who, () -> {
                    campaigns.updateTask(task.id(), seen.version(), who + " " + r, null, null);
                    return who + " " + r;
                });
            }
            Map<String, String> outcome = race(actions);
            assertThat(winners(outcome)).as("exactly one edit of the same version wins").hasSize(1);
            String winner = winners(outcome).getFirst();
            signIn.as("maya");
            assertThat(campaigns.tasks(campaignId).getFirst().title()).isEqualTo(outcome.get(winner));
            assertThat(outcome.values()).filteredOn(v -> v.startsWith("told: ")).hasSize(2);
        }
    }

    @Test
    void threeReviewersDecidingOneAssetAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            signIn.as("maya");
            Long assetId = collateral.create(new AssetForm("Race " + System.nanoTime(), AssetType.BATTLECARD, null,
                    BuyerStage.DECISION, null, null)).id();
            collateral.addLinkVersion(assetId, "https://docs.example/race", null);
            collateral.submit(assetId, List.of(ids.get("leo"), ids.get("chloe"), ids.get("sam")));
            boolean oneRequestsChanges = round % 2 == 0;
            Map<String, Action> actions = new LinkedHashMap<>();
            actions.put("leo", () -> collateral.decide(assetId, 1, Decision.APPROVE, "ok").state().name());
            actions.put("sam", () -> collateral.decide(assetId, 1, Decision.APPROVE, "ok").state().name());
            actions.put("chloe", () -> collateral.decide(assetId, 1,
                    oneRequestsChanges ? Decision.REQUEST_CHANGES : Decision.APPROVE, "Needs pricing").state().name());
            Map<String, String> outcome = race(actions);

            signIn.as("maya");
            var details = collateral.details(assetId);
            // every decision that was accepted is stored, and only those
            assertThat(details.decisions()).extracting(d -> d.personId()).containsExactlyInAnyOrderElementsOf(
                    winners(outcome).stream().map(ids::get).toList());
            AssetState expected = details.decisions().stream().anyMatch(d -> d.decision() == Decision.REQUEST_CHANGES)
                    ? AssetState.CHANGES_REQUESTED : AssetState.APPROVED;
            assertThat(details.summary().state()).isEqualTo(expected);
            if (!oneRequestsChanges) {
                // approvals from both teams approve it; a reviewer deciding after that is told it is decided
                assertThat(details.summary().state()).isEqualTo(AssetState.APPROVED);
            }
        }
    }

    @Test
    void manyUploadsToOneAssetAtOnce() throws Exception {
        signIn.as("maya");
        Long assetId = collateral.create(new AssetForm("Uploads " + System.nanoTime(), AssetType.BATTLECARD, null,
                BuyerStage.DECISION, null, null)).id();
        int files = 12;
        CyclicBarrier barrier = new CyclicBarrier(files);
        ExecutorService pool = Executors.newFixedThreadPool(files);
        List<Future<String>> results = new ArrayList<>();
        RACES.incrementAndGet();
        try {
            for (int i = 0; i < files; i++) {
                boolean fake = i % 2 == 1;
                int n = i;
                results.add(pool.submit(() -> {
                    signIn.as("maya");
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        collateral.addFileVersion(assetId, "file-" + n + ".pdf",
                                fake ? io.tandem.collateral.TestFiles.png() : io.tandem.collateral.TestFiles.pdf(),
                                "upload " + n);
                        return "stored";
                    } catch (ValidationException refused) {
                        TOLD.incrementAndGet();
                        return "refused";
                    } finally {
                        signIn.out();
                    }
                }));
            }
            List<String> outcome = new ArrayList<>();
            for (Future<String> f : results) {
                outcome.add(f.get(60, TimeUnit.SECONDS));
                CALLS.incrementAndGet();
            }
            assertThat(outcome).filteredOn("stored"::equals).hasSize(files / 2);
        } finally {
            pool.shutdownNow();
        }
        signIn.as("maya");
        var details = collateral.details(assetId);
        assertThat(details.versions()).extracting(v -> v.number())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, files / 2).boxed().toList());
        assertThat(details.versions()).allSatisfy(v -> assertThat(v.fileName()).endsWith(".pdf"))
                .extracting(v -> Integer.parseInt(v.note().substring(7)) % 2).containsOnly(0);
        assertThat(details.summary().currentVersionNo()).isEqualTo(files / 2);
    }

    @Test
    void threePeopleGivingOneLeadDifferentVerdictsAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            signIn.as("leo");
            LeadCard created = leads.create(new LeadForm("Race " + round + " " + System.nanoTime(), "Acme",
                    "race-" + System.nanoTime() + "@lead.example", null, null, null, "Webinar", null));
            LeadCard mql = leads.handOver(created.id(), created.version(), List.of("Budget known"));
            Map<String, Action> actions = new LinkedHashMap<>();
            actions.put("priya", () -> leads.accept(mql.id(), mql.version()).stage().name());
            actions.put("jonas", () -> leads.reject(mql.id(), mql.version(), RejectReason.COMPETITOR, null)
                    .stage().name());
            actions.put("sam", () -> leads.recycle(mql.id(), mql.version(), "Not yet", LocalDate.now().plusDays(40))
                    .stage().name());
            Map<String, String> outcome = race(actions);

            assertThat(winners(outcome)).as("one verdict wins").hasSize(1);
            String winner = winners(outcome).getFirst();
            signIn.as("sam");
            LeadCard now = leads.get(mql.id());
            assertThat(now.stage().name()).isEqualTo(outcome.get(winner));
            assertThat(now.stage()).isIn(LeadStage.ACCEPTED, LeadStage.LOST, LeadStage.NURTURE);
            assertThat(leads.history(mql.id())).extracting(h -> h.to()).filteredOn(s -> s != LeadStage.MQL
                    && s != LeadStage.NEW).containsExactly(now.stage());
        }
    }
}
