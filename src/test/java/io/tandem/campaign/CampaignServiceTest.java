package io.tandem.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.BusyPool;
import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.NotificationService;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class CampaignServiceTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    NotificationService notifications;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    Map<String, PersonSummary> who;

    @BeforeEach
    void demoPeople() {
        demoPeople.seed();
        signIn.as("alex");
        who = people.listActive().stream().collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        signIn.as("maya");
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private Long newCampaign(String name) {
        return campaigns.create(name + " " + System.nanoTime()).id();
    }

    private String stored(Long id, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM campaign WHERE id = ?", String.class, id);
    }

    @Test
    void aCampaignStartsWithJustANameAndItsCreatorInThePlan() {
        Long id = newCampaign("Launch");
        CampaignWorkspace ws = campaigns.workspace(id);
        assertThat(ws.ref().status()).isEqualTo(CampaignStatus.PLANNING);
        assertThat(ws.owner().username()).isEqualTo("maya");
        assertThat(ws.participants()).extracting(PersonSummary::username).containsExactly("maya");
        assertThat(ws.hasSalesParticipant()).isFalse();
        assertThat(ws.canEdit()).isTrue();

        int before = jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class);
        assertThatThrownBy(() -> campaigns.create("   ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> campaigns.create("x".repeat(121))).isInstanceOf(ValidationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class)).isEqualTo(before);
    }

    @Test
    void briefFieldsAreSavedAtOnceAndBadValuesChangeNothing() {
        Long id = newCampaign("Brief");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win 40 deals");
        campaigns.saveBriefField(id, BriefField.START_DATE, LocalDate.of(2027, 3, 1));
        campaigns.saveBriefField(id, BriefField.BUDGET, new BigDecimal("1200.50"));
        assertThat(stored(id, "objective")).isEqualTo("Win 40 deals");
        assertThat(stored(id, "budget")).isEqualTo("1200.50");

        assertThatThrownBy(() -> campaigns.saveBriefField(id, BriefField.END_DATE, LocalDate.of(2027, 2, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("endDate"));
        assertThatThrownBy(() -> campaigns.saveBriefField(id, BriefField.BUDGET, new BigDecimal("-1")))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> campaigns.saveBriefField(id, BriefField.OBJECTIVE, "y".repeat(2001)))
                .hasMessageContaining("2000");
        assertThat(stored(id, "end_date")).isNull();
        assertThat(stored(id, "budget")).isEqualTo("1200.50");
        assertThat(stored(id, "objective")).isEqualTo("Win 40 deals");
    }

    @Test
    void historyShowsOldToNewAndABurstOfEditsIsOneLine() {
        Long id = newCampaign("History");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "W");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win big");
        List<HistoryEntry> changes = campaigns.history(id).stream().filter(HistoryEntry::isFieldChange).toList();
        assertThat(changes).singleElement().satisfies(h -> {
            assertThat(h.field()).isEqualTo("Objective");
            assertThat(h.oldValue()).isNull();
            assertThat(h.newValue()).isEqualTo("Win big");
            assertThat(h.who()).isEqualTo("Maya Singh");
        });
        assertThat(campaigns.history(id)).anyMatch(h -> !h.isFieldChange() && h.summary().contains("Started"));
    }

    @Test
    void aBurstOfEditsThatEndsWhereItStartedLeavesNoHistoryLine() {
        Long id = newCampaign("Undone");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win 40 deals");
        // five minutes later: a new burst from here
        jdbc.update("UPDATE campaign_brief_change SET changed_at = changed_at - INTERVAL 5 MINUTE WHERE campaign_id = ?", id);
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win 40 deals, with a demo");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win 40 deals");
        assertThat(campaigns.history(id).stream().filter(HistoryEntry::isFieldChange))
                .as("only the first change; the second burst ended on the value it started from")
                .singleElement().satisfies(h -> assertThat(h.newValue()).isEqualTo("Win 40 deals"));

        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Win 50 deals"); // typing on after the undo
        assertThat(campaigns.history(id).stream().filter(HistoryEntry::isFieldChange)).first()
                .satisfies(h -> {
                    assertThat(h.oldValue()).isEqualTo("Win 40 deals");
                    assertThat(h.newValue()).isEqualTo("Win 50 deals");
                });
    }

    @Test
    void twoPeopleSavingDifferentFieldsAtOnceLoseNothing() throws Exception {
        Long id = newCampaign("Race");
        campaigns.addParticipant(id, who.get("sam").id());
        int rounds = 25;
        Thread maya = new Thread(() -> {
            signIn.as("maya");
            for (int i = 0; i < rounds; i++) {
                campaigns.saveBriefField(id, BriefField.OBJECTIVE, "objective " + i);
            }
        });
        Thread sam = new Thread(() -> {
            signIn.as("sam");
            for (int i = 0; i < rounds; i++) {
                campaigns.saveBriefField(id, BriefField.AUDIENCE, "audience " + i);
            }
        });
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler collect = (t, e) -> failures.add(e);
        maya.setUncaughtExceptionHandler(collect);
        sam.setUncaughtExceptionHandler(collect);
        maya.start();
        sam.start();
        maya.join();
        sam.join();

        assertThat(failures).isEmpty();
        assertThat(stored(id, "objective")).isEqualTo("objective " + (rounds - 1));
        assertThat(stored(id, "audience")).isEqualTo("audience " + (rounds - 1));
    }

    @Test
    void theSameFieldRacedByTwoEndsWithOneOfTheirValuesAndNoError() throws Exception {
        Long id = newCampaign("Same field");
        campaigns.addParticipant(id, who.get("sam").id());
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread a = new Thread(() -> {
            signIn.as("maya");
            for (int i = 0; i < 20; i++) {
                campaigns.saveBriefField(id, BriefField.CHANNELS, "maya " + i);
            }
        });
        Thread b = new Thread(() -> {
            signIn.as("sam");
            for (int i = 0; i < 20; i++) {
                campaigns.saveBriefField(id, BriefField.CHANNELS, "sam " + i);
            }
        });
        a.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        b.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(failures).isEmpty();
        assertThat(stored(id, "channels")).isIn("maya 19", "sam 19");
    }

    @Test
    void bothTeamLeadsSignBeforeActivationAndABriefChangeClearsTheirSignatures() {
        Long id = newCampaign("Sign-off");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Agreed objective");
        campaigns.addParticipant(id, who.get("sam").id());

        assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Sales").hasMessageContaining("Marketing");

        campaigns.sign(id);
        signIn.as("sam");
        assertThat(campaigns.sign(id).complete()).isTrue();

        BriefSaved saved = campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Changed after signing");
        assertThat(saved.clearedSignatures()).containsExactlyInAnyOrder("Maya Singh", "Sam Carter");
        assertThat(campaigns.signOff(id).signatures()).isEmpty();
        assertThat(campaigns.history(id)).anyMatch(h -> !h.isFieldChange()
                && h.summary().contains("cleared the signatures"));
        signIn.as("maya");
        assertThat(notifications.mine(5)).anyMatch(n -> n.title().contains("signature") && n.title().contains("cleared"));

        campaigns.sign(id);
        signIn.as("sam");
        campaigns.sign(id);
        signIn.as("maya");
        campaigns.activate(id);
        assertThat(campaigns.ref(id).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaigns.history(id)).anyMatch(h -> "Maya Singh activated the campaign".equals(h.summary()));
    }

    @Test
    void onlyTeamLeadsSignAndOnlyOwnersLeadsOrAdminsChangeStatus() {
        Long id = newCampaign("Rules");
        campaigns.addParticipant(id, who.get("priya").id());
        signIn.as("priya");
        assertThatThrownBy(() -> campaigns.sign(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.cancel(id, "no")).isInstanceOf(AccessDeniedException.class);
        signIn.as("maya");
        assertThatThrownBy(() -> campaigns.cancel(id, " ")).isInstanceOf(ValidationException.class);
        campaigns.cancel(id, "Budget moved to Q3");
        assertThat(campaigns.ref(id).status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThatThrownBy(() -> campaigns.saveBriefField(id, BriefField.OBJECTIVE, "too late"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOf(ValidationException.class);
    }

    @Test
    void salesBringsInputMarketingAsksAndSalesAnswersOnce() {
        Long id = newCampaign("Input");
        campaigns.addParticipant(id, who.get("priya").id());
        assertThatThrownBy(() -> campaigns.addInput(id, InputKind.OBJECTION, "marketing guessing"))
                .isInstanceOf(AccessDeniedException.class);
        InputEntry question = campaigns.addInput(id, InputKind.QUESTION, "What do buyers object to?");

        signIn.as("priya");
        assertThat(campaigns.needsYou()).anyMatch(n -> n.kind().equals("Question from marketing")
                && n.title().contains("What do buyers object to?"));
        assertThat(notifications.mine(5)).anyMatch(n -> n.title().contains("asked sales"));
        assertThatThrownBy(() -> campaigns.addInput(id, InputKind.QUESTION, "sales asking"))
                .isInstanceOf(AccessDeniedException.class);
        campaigns.addInput(id, InputKind.OBJECTION, "\"We already have a CRM\"");
        campaigns.answer(question.id(), question.version(), "Price, mostly.");
        assertThatThrownBy(() -> campaigns.answer(question.id(), question.version(), "Another answer"))
                .isInstanceOf(StaleEditException.class);

        List<InputEntry> inputs = campaigns.inputs(id);
        assertThat(inputs).hasSize(2);
        assertThat(inputs).filteredOn(InputEntry::isQuestion).singleElement()
                .satisfies(q -> assertThat(q.answer()).isEqualTo("Price, mostly."));
        assertThat(inputs).filteredOn(i -> i.kind() == InputKind.OBJECTION).singleElement()
                .satisfies(o -> assertThat(o.authorTeam()).isEqualTo(Team.SALES));
        assertThat(campaigns.needsYou()).noneMatch(n -> n.kind().equals("Question from marketing"));
        assertThat(campaigns.workspace(id).hasSalesInput()).isTrue();
    }

    @Test
    void planTasksAreAddedOrderedAndCompletedByParticipantsOnly() {
        Long id = newCampaign("Plan");
        PlanTask first = campaigns.addTask(id, "Landing page", who.get("leo").id(), LocalDate.now().minusDays(1));
        PlanTask second = campaigns.addTask(id, "Webinar", null, null);
        campaigns.addTask(id, "Launch", null, null);
        assertThat(first.team()).isEqualTo(Team.MARKETING);
        assertThat(first.isOverdue(LocalDate.now())).isTrue();

        campaigns.moveTask(second.id(), 0);
        assertThat(campaigns.tasks(id)).extracting(PlanTask::title).containsExactly("Webinar", "Landing page", "Launch");
        campaigns.setTaskDone(first.id(), first.version(), true);
        assertThat(campaigns.tasks(id)).filteredOn(PlanTask::done).extracting(PlanTask::title)
                .containsExactly("Landing page");
        assertThatThrownBy(() -> campaigns.setTaskDone(first.id(), first.version(), false))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> campaigns.addTask(id, " ", null, null)).isInstanceOf(ValidationException.class);

        signIn.as("jonas");
        assertThatThrownBy(() -> campaigns.addTask(id, "Sneaky", null, null)).isInstanceOf(AccessDeniedException.class);
        campaigns.addParticipant(id, who.get("jonas").id());
        assertThat(campaigns.addTask(id, "Now allowed", null, null).title()).isEqualTo("Now allowed");
    }

    @Test
    void workspacesReloadingForTheSameNoticeShareOneReadOfThePlan() {
        Long id = newCampaign("Shared plan");
        campaigns.addTask(id, "First", null, null);
        assertThat(campaigns.tasks(id, "notice-1")).extracting(PlanTask::title).containsExactly("First");
        campaigns.addTask(id, "Second", null, null);
        // another workspace reloading for the same notice takes the first one's answer, without a query
        assertThat(campaigns.tasks(id, "notice-1")).extracting(PlanTask::title).containsExactly("First");
        // the next change has its own notice and is read afresh
        assertThat(campaigns.tasks(id, "notice-2")).extracting(PlanTask::title).containsExactly("First", "Second");
        signIn.out();
        assertThatThrownBy(() -> campaigns.tasks(id, "notice-2"))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void workspacesReloadingForANoticeAnotherHasReadTakeNoConnection() throws Exception {
        Long id = newCampaign("Busy pool");
        campaigns.addTask(id, "First", null, null);
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Renewals");
        String notice = "busy-" + System.nanoTime();
        CampaignWorkspace first = campaigns.workspace(id, notice);
        List<PlanTask> plan = campaigns.tasks(id, notice);
        List<HistoryEntry> history = campaigns.history(id, notice);
        signIn.as("sam");
        // every connection busy: the workspaces after the first take its answer without one (they used to begin
        // and commit a transaction each, and here would wait for a connection and fail)
        BusyPool.whileEveryConnectionIsHeld(dataSource, () -> {
            assertThat(campaigns.workspace(id, notice).sameHeaderAs(first)).isFalse(); // Sam may do other things
            assertThat(campaigns.workspace(id, notice).ref()).isEqualTo(first.ref());
            assertThat(campaigns.tasks(id, notice)).isEqualTo(plan);
            assertThat(campaigns.history(id, notice)).isEqualTo(history).isNotEmpty();
        });
    }

    @Test
    void workspacesReloadingForTheSameNoticeShareOneReadAndEachSeesWhatTheyMayDo() {
        Long id = newCampaign("Shared workspace");
        campaigns.addParticipant(id, who.get("priya").id());
        CampaignWorkspace maya = campaigns.workspace(id, "notice-1");
        assertThat(maya.canEdit()).isTrue();
        assertThat(maya.canChangeStatus()).as("Maya owns it").isTrue();
        assertThat(maya.canSign()).as("Maya leads Marketing").isTrue();
        assertThat(maya.participants()).extracting(PersonSummary::username).containsExactlyInAnyOrder("maya", "priya");

        signIn.as("maya");
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Renewals");
        // for the same notice, everyone takes the first read: the objective saved since is not in it...
        signIn.as("sam");
        CampaignWorkspace sam = campaigns.workspace(id, "notice-1");
        assertThat(sam.brief().getObjective()).isNull();
        // ...but what each may do is their own: Sam is a sales lead outside the plan
        assertThat(sam.canEdit()).isFalse();
        assertThat(sam.canSign()).isTrue();
        assertThat(sam.canChangeStatus()).isTrue();
        assertThat(sam.sameHeaderAs(campaigns.workspace(id))).as("as read on its own, the brief aside").isTrue();
        assertThat(sam.sameHeaderAs(maya)).as("Maya may do other things").isFalse();
        signIn.as("priya");
        CampaignWorkspace priya = campaigns.workspace(id, "notice-1");
        assertThat(priya.canEdit()).isTrue();
        assertThat(priya.canSign()).isFalse();
        assertThat(priya.canChangeStatus()).isFalse();
        assertThat(priya.brief()).as("a brief of one's own: a form may write to it").isNotSameAs(sam.brief());
        // the next change has its own notice and is read afresh
        assertThat(campaigns.workspace(id, "notice-2").brief().getObjective()).isEqualTo("Renewals");
        signIn.out();
        assertThatThrownBy(() -> campaigns.workspace(id, "notice-2"))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void mentionsNotifyThePeopleNamed() {
        Long id = newCampaign("Mentions");
        List<PersonSummary> mentioned = campaigns.mention(id, "@priya and @Sam, can you look at the objections? @nobody");
        assertThat(mentioned).extracting(PersonSummary::username).containsExactlyInAnyOrder("priya", "sam");
        signIn.as("priya");
        assertThat(notifications.mine(5)).anyMatch(n -> n.title().startsWith("Maya Singh mentioned you"));
    }

    @Test
    void theListFiltersPagesAndCounts() {
        String tag = "Filter" + System.nanoTime();
        Long a = campaigns.create(tag + " alpha").id();
        Long b = campaigns.create(tag + " beta").id();
        campaigns.addParticipant(b, who.get("sam").id());
        campaigns.addInput(b, InputKind.QUESTION, "Open question?");
        campaigns.cancel(a, "Not now");

        CampaignFilter search = new CampaignFilter(Set.of(), null, false, tag);
        assertThat(campaigns.count(search)).isEqualTo(2);
        assertThat(campaigns.list(search, 0, 10)).extracting(CampaignRow::id).containsExactly(a, b); // a changed last
        CampaignRow beta = campaigns.list(search, 0, 10).get(1);
        assertThat(beta.salesParticipants()).isEqualTo(1);
        assertThat(beta.openQuestions()).isEqualTo(1);
        assertThat(beta.signOff()).isEqualTo("Needs Sales and Marketing sign-off");

        assertThat(campaigns.list(new CampaignFilter(Set.of(CampaignStatus.PLANNING), null, false, tag), 0, 10))
                .extracting(CampaignRow::id).containsExactly(b);
        assertThat(campaigns.list(new CampaignFilter(Set.of(), Team.SALES, false, tag), 0, 10))
                .extracting(CampaignRow::id).containsExactly(b);
        assertThat(campaigns.list(search, 1, 1)).extracting(CampaignRow::id).containsExactly(b);
        signIn.as("jonas");
        assertThat(campaigns.count(new CampaignFilter(Set.of(), null, true, tag))).isZero();
    }
}
