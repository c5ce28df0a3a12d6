package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.BusyPool;
import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.ActivityService;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class LeadServiceTest {

    @Autowired
    LeadService leads;
    @Autowired
    io.tandem.campaign.CampaignService campaigns;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    ActivityService activity;
    @Autowired
    LeadNeedsYou needsYou;
    @Autowired
    LeadDefinitionService definitions;

    @BeforeEach
    void seed() {
        demoPeople.seed();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "@lead.example";
    }

    private LeadCard newLead(String name) {
        signIn.as("leo");
        return leads.create(new LeadForm(name, "Acme GmbH", unique(name.toLowerCase().replace(' ', '.')), "+49 30 1",
                "CTO", null, "Webinar", "Asked for pricing"));
    }

    private LeadCard mql(String name) {
        LeadCard lead = newLead(name);
        signIn.as("leo");
        return leads.handOver(lead.id(), lead.version(), List.of("Budget known"));
    }

    private Long id(String username) {
        return people.listActive().stream().filter(p -> p.username().equals(username)).findFirst()
                .map(PersonSummary::id).orElseThrow();
    }

    @Test
    void marketingAddsAndHandsOverAndTheSlaClockStarts() {
        LeadCard lead = newLead("Nina Weber");
        assertThat(lead.stage()).isEqualTo(LeadStage.NEW);
        assertThat(lead.email()).startsWith("nina.weber-");
        assertThat(lead.sla()).isEqualTo(SlaState.NONE);

        LeadCard handed = leads.handOver(lead.id(), lead.version(), List.of("Budget known", "Need confirmed"));
        assertThat(handed.stage()).isEqualTo(LeadStage.MQL);
        assertThat(handed.criteriaMet()).containsExactly("Budget known", "Need confirmed");
        assertThat(handed.handedOverAt()).isNotNull();
        assertThat(handed.slaDueAt()).isEqualTo(BusinessHours.DEFAULT.plus(handed.handedOverAt(),
                slaHours()));
        assertThat(BusinessHours.DEFAULT.between(handed.handedOverAt(), handed.slaDueAt()))
                .isEqualTo(Duration.ofHours(slaHours()));
        assertThat(activity.forItem("lead", lead.id().toString(), 10)).extracting(a -> a.action())
                .contains("created", "handed-over");
        assertThat(leads.history(lead.id())).extracting(LeadHistoryEntry::to)
                .containsExactly(LeadStage.NEW, LeadStage.MQL);
    }

    @Test
    void salesAcceptsAndBecomesOwnerThenLogsContactWhichStopsTheClock() {
        LeadCard lead = mql("Omar Haddad");
        signIn.as("priya");
        LeadCard accepted = leads.accept(lead.id(), lead.version());
        assertThat(accepted.stage()).isEqualTo(LeadStage.ACCEPTED);
        assertThat(accepted.ownerId()).isEqualTo(id("priya"));

        LeadCard contacted = leads.logContact(lead.id(), accepted.version(), ContactKind.CALLED);
        assertThat(contacted.firstContactAt()).isNotNull();
        assertThat(contacted.firstContactKind()).isEqualTo(ContactKind.CALLED);
        assertThat(contacted.sla()).isEqualTo(SlaState.MET);
        assertThatThrownBy(() -> leads.logContact(lead.id(), contacted.version(), ContactKind.EMAILED))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already");

        LeadCard working = leads.move(lead.id(), contacted.version(), LeadStage.WORKING);
        LeadCard won = leads.move(lead.id(), working.version(), LeadStage.WON);
        assertThat(won.stage()).isEqualTo(LeadStage.WON);
        assertThatThrownBy(() -> leads.move(lead.id(), won.version(), LeadStage.LOST))
                .isInstanceOf(ValidationException.class).hasMessage("A won lead stays won");
    }

    @Test
    void rejectNeedsAReasonAndANoteForOther() {
        LeadCard lead = mql("Lara Croft");
        signIn.as("priya");
        assertThatThrownBy(() -> leads.reject(lead.id(), lead.version(), null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> leads.reject(lead.id(), lead.version(), RejectReason.OTHER, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> leads.move(lead.id(), lead.version(), LeadStage.LOST))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LeadStage.MQL);

        LeadCard rejected = leads.reject(lead.id(), lead.version(), RejectReason.NO_BUDGET, "Next fiscal year");
        assertThat(rejected.stage()).isEqualTo(LeadStage.LOST);
        assertThat(rejected.rejectReason()).isEqualTo(RejectReason.NO_BUDGET);
        assertThat(rejected.verdictNote()).isEqualTo("Next fiscal year");
        assertThat(leads.history(lead.id())).last()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("No budget: Next fiscal year"));
    }

    @Test
    void recyclingKeepsHistoryCountsAndRestartsTheClockOnTheNextHandOver() {
        LeadCard lead = mql("Ravi Patel");
        Instant firstHandOver = lead.handedOverAt();
        signIn.as("priya");
        assertThatThrownBy(() -> leads.recycle(lead.id(), lead.version(), "", LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("reason", "revisitOn"));
        LeadCard nurtured = leads.recycle(lead.id(), lead.version(), "Timing: Q3 project",
                LocalDate.now().plusMonths(3));
        assertThat(nurtured.stage()).isEqualTo(LeadStage.NURTURE);
        assertThat(nurtured.recycleCount()).isEqualTo(1);
        assertThat(nurtured.revisitOn()).isEqualTo(LocalDate.now().plusMonths(3));

        signIn.as("priya");
        assertThatThrownBy(() -> leads.handOver(lead.id(), nurtured.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("leo");
        LeadCard again = leads.handOver(lead.id(), nurtured.version(), null);
        assertThat(again.stage()).isEqualTo(LeadStage.MQL);
        assertThat(again.recycleCount()).isEqualTo(1);
        assertThat(again.handedOverAt()).isAfterOrEqualTo(firstHandOver);
        assertThat(again.firstContactAt()).isNull();
        assertThat(again.criteriaMet()).containsExactly("Budget known");
        assertThat(leads.history(lead.id())).extracting(LeadHistoryEntry::to)
                .containsExactly(LeadStage.NEW, LeadStage.MQL, LeadStage.NURTURE, LeadStage.MQL);
        // the month it left stays known (the insights count that month again, docs/decisions/0025)
        assertThat(jdbc.queryForObject("SELECT previous_handed_over_at FROM lead_item WHERE id = ?",
                java.time.LocalDateTime.class, lead.id()).toInstant(java.time.ZoneOffset.UTC))
                .isEqualTo(firstHandOver.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void permissionsPerTeamAndRole() {
        LeadCard lead = mql("Permission Test");
        signIn.as("leo"); // marketing member
        assertThatThrownBy(() -> leads.accept(lead.id(), lead.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leads.reject(lead.id(), lead.version(), RejectReason.DUPLICATE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leads.logContact(lead.id(), lead.version(), ContactKind.MET))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("maya"); // marketing team lead: still not sales
        assertThatThrownBy(() -> leads.accept(lead.id(), lead.version())).isInstanceOf(AccessDeniedException.class);
        signIn.as("priya"); // sales may not add leads
        assertThatThrownBy(() -> leads.create(new LeadForm("X Y", null, unique("xy"), null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("alex"); // admin: everything
        LeadCard accepted = leads.accept(lead.id(), lead.version());
        assertThat(accepted.ownerId()).isEqualTo(id("alex"));
        signIn.as("priya"); // only a sales team lead assigns
        assertThatThrownBy(() -> leads.assign(lead.id(), accepted.version(), id("priya")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("sam");
        assertThatThrownBy(() -> leads.assign(lead.id(), accepted.version(), id("leo")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Sales");
        assertThat(leads.assign(lead.id(), accepted.version(), id("priya")).ownerId()).isEqualTo(id("priya"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND link = 'leads'"
                + " AND title LIKE ?", Integer.class, id("priya"), "%Permission Test%")).isEqualTo(1);
        signIn.out();
        assertThatThrownBy(() -> leads.column(LeadStage.MQL, LeadFilter.ALL, 0, 10))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void invalidLeadsAndDuplicatesAreRefused() {
        signIn.as("leo");
        assertThatThrownBy(() -> leads.create(new LeadForm(" ", null, "not-an-email", null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "email"));
        String email = unique("dup");
        leads.create(new LeadForm("Dup One", null, email, null, null, null, null, null));
        assertThatThrownBy(() -> leads.create(new LeadForm("Dup Two", null, email.toUpperCase(), null, null, null,
                null, null))).isInstanceOf(ValidationException.class).hasMessageContaining("exists already");
    }

    @Test
    void staleVersionIsRefusedAndTheOtherChangeStays() {
        LeadCard lead = mql("Stale Test");
        signIn.as("priya");
        leads.accept(lead.id(), lead.version());
        signIn.as("jonas");
        assertThatThrownBy(() -> leads.reject(lead.id(), lead.version(), RejectReason.BAD_TIMING, null))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("Accepted");
        assertThat(leads.get(lead.id()).ownerId()).isEqualTo(id("priya"));
    }

    @Test
    void twoPeopleMovingOneCardAtOnceEndInOneStateAndTheLoserIsTold() throws Exception {
        for (int round = 0; round < 3; round++) {
            LeadCard lead = mql("Race " + round);
            CyclicBarrier barrier = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (String who : List.of("priya", "jonas")) {
                results.add(pool.submit(() -> {
                    signIn.as(who);
                    try {
                        barrier.await(5, TimeUnit.SECONDS);
                        if (who.equals("priya")) {
                            leads.accept(lead.id(), lead.version());
                        } else {
                            leads.reject(lead.id(), lead.version(), RejectReason.COMPETITOR, null);
                        }
                        return "won";
                    } catch (StaleEditException e) {
                        return "stale";
                    } finally {
                        signIn.out();
                    }
                }));
            }
            List<String> outcome = new ArrayList<>();
            for (Future<String> f : results) {
                outcome.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            Collections.sort(outcome);
            assertThat(outcome).containsExactly("stale", "won");
            signIn.as("priya");
            LeadCard after = leads.get(lead.id());
            assertThat(after.stage()).isIn(LeadStage.ACCEPTED, LeadStage.LOST);
            assertThat(after.version()).isEqualTo(lead.version() + 1);
            assertThat(leads.history(lead.id())).hasSize(3);
        }
    }

    @Test
    void boardColumnsPageAndFilter() {
        LeadCard a = mql("Filter A");
        LeadCard b = mql("Filter B");
        signIn.as("priya");
        leads.accept(a.id(), a.version());
        jdbc.update("UPDATE lead_item SET sla_due_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(2))), b.id());

        Long priya = id("priya");
        assertThat(leads.column(LeadStage.ACCEPTED, new LeadFilter(null, priya, false), 0, 500))
                .extracting(LeadCard::id).contains(a.id()).doesNotContain(b.id());
        List<LeadCard> overdue = leads.column(LeadStage.MQL, new LeadFilter(null, null, true), 0, 200);
        assertThat(overdue).extracting(LeadCard::id).contains(b.id());
        assertThat(overdue).allMatch(c -> c.sla() == SlaState.RED);
        assertThat(leads.count(LeadStage.MQL, new LeadFilter(null, null, true))).isGreaterThanOrEqualTo(1);
        // the board's overdue count (its own query, on the overdue index) agrees with the exact count, leaves out a
        // lead that was contacted and counts one more when another lead runs out of time
        LeadFilter overdueOnly = new LeadFilter(null, null, true);
        long overdueBefore = leads.slice(LeadStage.MQL, overdueOnly, 20, null).total();
        assertThat(overdueBefore).isEqualTo(leads.count(LeadStage.MQL, overdueOnly));
        signIn.as("leo");
        LeadCard contacted = mql("Filter contacted");
        LeadCard late = mql("Filter late");
        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofHours(3)));
        jdbc.update("UPDATE lead_item SET sla_due_at = ?, first_contact_at = ? WHERE id = ?", past, past,
                contacted.id());
        jdbc.update("UPDATE lead_item SET sla_due_at = ? WHERE id = ?", past, late.id());
        assertThat(leads.slice(LeadStage.MQL, overdueOnly, 20, null).total()).isEqualTo(overdueBefore + 1);
        // and with each filter the board's count is the exact count (the SQL names only the filters set)
        for (LeadFilter f : List.of(LeadFilter.ALL, new LeadFilter(null, priya, false),
                new LeadFilter(-1L, null, false), new LeadFilter(null, priya, true))) {
            for (LeadStage stage : List.of(LeadStage.MQL, LeadStage.ACCEPTED)) {
                assertThat(leads.slice(stage, f, 20, null).total()).as(stage + " " + f)
                        .isEqualTo(leads.count(stage, f));
            }
        }
        assertThat(leads.slice(LeadStage.ACCEPTED, new LeadFilter(null, priya, false), 20, null).total())
                .isGreaterThanOrEqualTo(1);
        signIn.as("priya");
        long all = leads.count(LeadStage.MQL, LeadFilter.ALL);
        assertThat(leads.column(LeadStage.MQL, LeadFilter.ALL, 0, 1)).hasSize(1);
        assertThat(all).isGreaterThanOrEqualTo(2);
        assertThat(leads.column(LeadStage.MQL, new LeadFilter(-1L, null, false), 0, 10)).isEmpty();
    }

    @Test
    void aColumnSliceIsCountAndFirstPageAndBoardsReloadingForOneNoticeShareOneRead() {
        LeadCard a = mql("Slice A");
        mql("Slice B");
        signIn.as("sam");
        ColumnSlice fresh = leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, null);
        assertThat(fresh.total()).isEqualTo(leads.count(LeadStage.MQL, LeadFilter.ALL));
        assertThat(fresh.cards()).isEqualTo(leads.column(LeadStage.MQL, LeadFilter.ALL, 0, 20));
        ColumnSlice forty = leads.slice(LeadStage.MQL, LeadFilter.ALL, 40, null);
        assertThat(forty.cards()).hasSize((int) Math.min(40, forty.total()));

        // the first board to reload for a notice reads; the others get that answer even if it changed since
        String notice = "notice-" + System.nanoTime();
        ColumnSlice first = leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, notice);
        signIn.as("priya");
        leads.accept(a.id(), a.version());
        signIn.as("maya");
        assertThat(leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, notice)).isSameAs(first);
        assertThat(leads.get(a.id(), notice).stage()).isEqualTo(LeadStage.ACCEPTED);
        // the next notice is read afresh, as is a different filter under the same notice
        ColumnSlice next = leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, notice + "-next");
        assertThat(next.total()).isEqualTo(first.total() - 1);
        assertThat(next.cards()).extracting(LeadCard::id).doesNotContain(a.id());
        assertThat(leads.slice(LeadStage.ACCEPTED, new LeadFilter(null, id("priya"), false), 500, notice).cards())
                .extracting(LeadCard::id).contains(a.id());
    }

    @Test
    void boardsReloadingForANoticeAnotherHasReadTakeNoConnection() throws Exception {
        LeadCard a = mql("Busy pool");
        signIn.as("sam");
        String notice = "busy-" + System.nanoTime();
        ColumnSlice first = leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, notice);
        LeadCard card = leads.get(a.id(), notice);
        signIn.as("priya");
        // every connection busy: the boards after the first take its answer without one (they used to begin and
        // commit a transaction each, and here would wait for a connection and fail)
        BusyPool.whileEveryConnectionIsHeld(dataSource, () -> {
            assertThat(leads.slice(LeadStage.MQL, LeadFilter.ALL, 20, notice)).isSameAs(first);
            assertThat(leads.get(a.id(), notice)).isSameAs(card);
        });
    }

    @Test
    void aColumnCountsUpToTenThousandAndShowsMoreAsTenThousandPlus() {
        signIn.as("leo");
        Long campaign = campaigns.create("Count cap " + System.nanoTime()).id();
        String tag = Long.toString(System.nanoTime(), 36);
        try {
            jdbc.update("INSERT INTO lead_item (name, email, campaign_id, stage, created_at, updated_at, "
                    + "stage_changed_at, recycle_count, version) SELECT CONCAT('Cap ', seq), CONCAT('cap-', seq, '-', "
                    + "?, '@x.example'), ?, 'LOST', NOW(), NOW(), NOW(), 0, 0 FROM seq_1_to_10001", tag, campaign);
            LeadFilter mine = new LeadFilter(campaign, null, false);
            ColumnSlice slice = leads.slice(LeadStage.LOST, mine, 20, null);
            assertThat(slice.countCapped()).isTrue();
            assertThat(slice.totalLabel()).isEqualTo("10,000+");
            assertThat(slice.cards()).hasSize(20);
            assertThat(leads.count(LeadStage.LOST, mine)).isEqualTo(10_001);

            jdbc.update("DELETE FROM lead_item WHERE campaign_id = ? AND name = 'Cap 10001'", campaign);
            ColumnSlice exact = leads.slice(LeadStage.LOST, mine, 20, null);
            assertThat(exact.countCapped()).isFalse();
            assertThat(exact.total()).isEqualTo(10_000);
            assertThat(exact.totalLabel()).isEqualTo("10,000");
        } finally {
            jdbc.update("DELETE FROM lead_item WHERE campaign_id = ?", campaign);
        }
    }

    @Test
    void salesTeamLeadSeesTheQueueAndRepsTheirOverdueLeadsOnHome() {
        LeadCard lead = mql("Home Overdue");
        signIn.as("hana");
        LeadCard accepted = leads.accept(lead.id(), lead.version());
        jdbc.update("UPDATE lead_item SET sla_due_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), accepted.id());
        var hana = (io.tandem.base.SignedInUser) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal();
        assertThat(needsYou.needsYou(hana, null)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("Overdue lead");
            assertThat(n.title()).contains("Home Overdue");
            assertThat(n.overdue()).isTrue();
        });
        mql("Home Waiting");
        signIn.as("hana");
        assertThat(needsYou.needsYou(hana, null)).noneMatch(n -> n.kind().equals("Lead verdicts"));
        signIn.as("sam");
        var sam = (io.tandem.base.SignedInUser) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal();
        long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM lead_item WHERE stage = 'MQL'", Long.class);
        assertThat(needsYou.needsYou(sam, null)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("Lead verdicts");
            assertThat(n.title()).isEqualTo(waiting == 1 ? "1 handed-over lead waits for a verdict"
                    : String.format(java.util.Locale.ENGLISH, "%,d", waiting) + " handed-over leads wait for a verdict");
        });
        signIn.as("leo");
        var leo = (io.tandem.base.SignedInUser) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal();
        assertThat(needsYou.needsYou(leo, null)).noneMatch(n -> n.kind().equals("Overdue lead")
                || n.kind().equals("Lead verdicts"));
    }

    @Test
    void exportOfTheFilterNeutralisesFormulas() throws Exception {
        signIn.as("leo");
        LeadCard evil = leads.create(new LeadForm("=HYPERLINK(\"http://x\",\"Click\")", "Evil, Inc.",
                unique("evil"), "+1 555 0199", null, null, null, "@SUM(1)"));
        evil = leads.handOver(evil.id(), evil.version(), List.of());
        jdbc.update("UPDATE lead_item SET sla_due_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), evil.id());
        var out = new java.io.StringWriter();
        int rows = leads.export(new LeadFilter(null, null, true), out);
        String csv = out.toString();
        assertThat(rows).isEqualTo(leads.count(LeadStage.MQL, new LeadFilter(null, null, true))
                + leads.count(LeadStage.ACCEPTED, new LeadFilter(null, null, true))
                + leads.count(LeadStage.WORKING, new LeadFilter(null, null, true)));
        assertThat(csv).startsWith("Name,Company,Email,Phone,Job title,Campaign,Source channel,Stage,Owner,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Click\"\")\",\"Evil, Inc.\",")
                .contains(",'+1 555 0199,").contains("Handed over (MQL)");
        assertThat(csv.lines().filter(l -> l.startsWith("=") || l.contains(",=") || l.contains(",+")
                || l.contains(",@"))).isEmpty();
    }

    private int slaHours() {
        return definitions.inForce().map(LeadDefinitionView::slaHours)
                .orElse(LeadDefinitionService.DEFAULT_SLA_HOURS);
    }
}
