package io.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.TextInput;
import io.tandem.base.ValidationException;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.ContentRequestService;
import io.tandem.collateral.Decision;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.RejectReason;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile text in every free-text field of collateral and leads (the campaign's are in
 * {@code campaign.HostileInputTest}): script tags, HTML, SQL, template syntax, formulas, emoji, right-to-left and
 * zero-width characters are stored exactly as typed; control characters and text over a field's limit are refused
 * with a message on that field, and nothing is written.
 */
@TandemSpringTest
class HostileTextTest {

    /** Stored as typed, then shown as text. */
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "<b>bold</b> &amp; &lt;tags&gt;",
            "\" onmouseover=\"alert(1)\" x=\"",
            "'; DROP TABLE lead; --",
            "{{7*7}} ${7*7} #{7*7}",
            "=HYPERLINK(\"http://evil\",\"click\")",
            "+cmd|' /C calc'!A0",
            "Emoji 🚀👩🏽‍💻 and RTL עברית \u202Egnp.exe",
            "zero\u200Bwidth\uFEFFjoin",
            "Line one\nLine two\ttabbed");

    /** Refused wherever text is accepted. */
    static final List<String> CONTROL = List.of("nul\u0000byte", "bell\u0007", "\u001b[31mred", "del\u007f",
            "vertical\u000Btab", "form\u000Cfeed", "back\u0008space");

    static final AtomicInteger TRIED = new AtomicInteger();

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    CollateralService collateral;
    @Autowired
    ContentRequestService requests;
    @Autowired
    LeadService leads;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> ids;

    @BeforeEach
    void demo() {
        demoPeople.seed();
        signIn.as("alex");
        ids = people.listActive().stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    @AfterAll
    static void figures() {
        System.out.printf("Hostile text: %d inputs tried on collateral and lead fields%n", TRIED.get());
    }

    private static void refusedOnField(String field, Runnable call) {
        TRIED.incrementAndGet();
        assertThatThrownBy(call::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey(field));
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private AssetForm asset(String title, String description) {
        return new AssetForm(title, AssetType.BATTLECARD, null, BuyerStage.DECISION, description, null);
    }

    @Test
    void assetTitlesDescriptionsAndNotesAreStoredAsTypedOrRefusedOnTheField() {
        signIn.as("maya");
        for (String text : HOSTILE) {
            TRIED.addAndGet(3);
            AssetSummary a = collateral.create(asset(text, text));
            collateral.addLinkVersion(a.id(), "https://docs.example/a", text);
            var details = collateral.details(a.id());
            assertThat(details.summary().title()).isEqualTo(text.strip());
            assertThat(details.description()).isEqualTo(text.strip());
            assertThat(details.versions().getFirst().note()).isEqualTo(text.strip());
        }
        int assets = count("collateral_asset");
        int versions = count("collateral_version");
        Long id = collateral.create(asset("Target " + System.nanoTime(), null)).id();
        for (String bad : CONTROL) {
            refusedOnField("title", () -> collateral.create(asset(bad, null)));
            refusedOnField("description", () -> collateral.create(asset("Fine", bad)));
            refusedOnField("note", () -> collateral.addLinkVersion(id, "https://docs.example/b", bad));
        }
        refusedOnField("title", () -> collateral.create(asset("x".repeat(AssetForm.TITLE_MAX + 1), null)));
        refusedOnField("title", () -> collateral.create(asset("x".repeat(1_000_000), null)));
        refusedOnField("description", () -> collateral.create(asset("Fine", "x".repeat(AssetForm.DESCRIPTION_MAX + 1))));
        refusedOnField("note", () -> collateral.addLinkVersion(id, "https://docs.example/c", "x".repeat(501)));
        assertThat(count("collateral_asset")).isEqualTo(assets + 1);
        assertThat(count("collateral_version")).isEqualTo(versions);
    }

    @Test
    void reviewCommentsUsageRecordsAndRetireReasonsAreStoredAsTypedOrRefused() {
        signIn.as("maya");
        AssetSummary a = collateral.create(asset("Hostile review " + System.nanoTime(), null));
        collateral.addLinkVersion(a.id(), "https://docs.example/r", null);
        collateral.submit(a.id(), List.of(ids.get("leo"), ids.get("chloe")));
        signIn.as("leo");
        int decisions = count("collateral_decision");
        for (String bad : CONTROL) {
            refusedOnField("comment", () -> collateral.decide(a.id(), 1, Decision.APPROVE, bad));
        }
        refusedOnField("comment", () -> collateral.decide(a.id(), 1, Decision.APPROVE, "x".repeat(1001)));
        assertThat(count("collateral_decision")).isEqualTo(decisions);
        TRIED.incrementAndGet();
        collateral.decide(a.id(), 1, Decision.APPROVE, HOSTILE.getFirst());
        signIn.as("chloe");
        TRIED.incrementAndGet();
        collateral.decide(a.id(), 1, Decision.APPROVE, HOSTILE.get(1));
        signIn.as("maya");
        collateral.publish(a.id());
        assertThat(collateral.details(a.id()).decisions()).extracting(d -> d.comment())
                .containsExactlyInAnyOrder(HOSTILE.getFirst(), HOSTILE.get(1));

        signIn.as("priya");
        for (String text : HOSTILE) {
            TRIED.addAndGet(2);
            collateral.recordUse(a.id(), text, false, text);
        }
        assertThat(collateral.details(a.id()).recentUses()).extracting(u -> u.reference())
                .containsExactlyInAnyOrderElementsOf(HOSTILE.stream().map(String::strip).toList());
        assertThat(collateral.details(a.id()).recentUses()).extracting(u -> u.reason())
                .containsExactlyInAnyOrderElementsOf(HOSTILE.stream().map(String::strip).toList());
        int uses = count("collateral_use");
        for (String bad : CONTROL) {
            refusedOnField("reference", () -> collateral.recordUse(a.id(), bad, true, null));
            refusedOnField("reason", () -> collateral.recordUse(a.id(), "Deal", false, bad));
        }
        refusedOnField("reference", () -> collateral.recordUse(a.id(), "x".repeat(201), true, null));
        refusedOnField("reason", () -> collateral.recordUse(a.id(), "Deal", false, "x".repeat(501)));
        assertThat(count("collateral_use")).isEqualTo(uses);

        signIn.as("maya");
        for (String bad : CONTROL) {
            refusedOnField("reason", () -> collateral.retire(a.id(), bad));
        }
        TRIED.incrementAndGet();
        collateral.retire(a.id(), HOSTILE.get(2));
        assertThat(collateral.details(a.id()).retiredReason()).isEqualTo(HOSTILE.get(2));
    }

    @Test
    void contentRequestsAreStoredAsTypedOrRefused() {
        signIn.as("priya");
        for (String text : HOSTILE) {
            TRIED.addAndGet(2);
            Long id = requests.ask(text, text).id();
            assertThat(requests.list()).filteredOn(r -> r.id().equals(id)).singleElement().satisfies(r -> {
                assertThat(r.title()).isEqualTo(text.strip());
                assertThat(r.details()).isEqualTo(text.strip());
            });
        }
        int before = count("collateral_request");
        for (String bad : CONTROL) {
            refusedOnField("title", () -> requests.ask(bad, null));
            refusedOnField("details", () -> requests.ask("Fine", bad));
        }
        refusedOnField("title", () -> requests.ask("x".repeat(201), null));
        refusedOnField("details", () -> requests.ask("Fine", "x".repeat(2001)));
        Long asked = requests.ask("Decline me " + System.nanoTime(), null).id();
        signIn.as("maya");
        for (String bad : CONTROL) {
            refusedOnField("reason", () -> requests.decline(asked, bad));
        }
        TRIED.incrementAndGet();
        requests.decline(asked, HOSTILE.getFirst());
        assertThat(requests.list()).filteredOn(r -> r.id().equals(asked)).singleElement()
                .satisfies(r -> assertThat(r.declineReason()).isEqualTo(HOSTILE.getFirst()));
        assertThat(count("collateral_request")).isEqualTo(before + 1);
    }

    private LeadForm lead(String text, Consumer<String[]> change) {
        String[] f = {text, text, "hostile-" + System.nanoTime() + "@lead.example", "+49 30 1", text, "Webinar", text};
        change.accept(f);
        return new LeadForm(f[0], f[1], f[2], f[3], f[4], null, f[5], f[6]);
    }

    @Test
    void leadFieldsVerdictNotesAndRecycleReasonsAreStoredAsTypedOrRefused() {
        signIn.as("leo");
        for (String text : HOSTILE) {
            TRIED.addAndGet(4);
            LeadCard card = leads.get(leads.create(lead(text, f -> { })).id());
            assertThat(List.of(card.name(), card.company(), card.jobTitle(), card.notes()))
                    .containsOnly(text.strip());
        }
        int before = count("lead_item");
        String[] fields = {"name", "company", "email", "phone", "jobTitle", "sourceChannel", "notes"};
        for (String bad : CONTROL) {
            for (int i = 0; i < fields.length; i++) {
                int field = i;
                refusedOnField(fields[i], () -> leads.create(lead("Fine", f -> f[field] = bad)));
            }
        }
        refusedOnField("name", () -> leads.create(lead("Fine", f -> f[0] = "x".repeat(121))));
        refusedOnField("company", () -> leads.create(lead("Fine", f -> f[1] = "x".repeat(161))));
        refusedOnField("jobTitle", () -> leads.create(lead("Fine", f -> f[4] = "x".repeat(121))));
        refusedOnField("notes", () -> leads.create(lead("Fine", f -> f[6] = "x".repeat(2001))));
        refusedOnField("notes", () -> leads.create(lead("Fine", f -> f[6] = "x".repeat(1_000_000))));
        assertThat(count("lead_item")).isEqualTo(before);

        LeadCard mql = leads.handOver(leads.create(lead("Verdict " + System.nanoTime(), f -> { })).id(), 0, null);
        LeadCard nurture = leads.handOver(leads.create(lead("Recycle " + System.nanoTime(), f -> { })).id(), 0, null);
        signIn.as("sam");
        for (String bad : CONTROL) {
            refusedOnField("note", () -> leads.reject(mql.id(), mql.version(), RejectReason.OTHER, bad));
            refusedOnField("reason", () -> leads.recycle(nurture.id(), nurture.version(), bad,
                    LocalDate.now().plusDays(30)));
        }
        refusedOnField("note", () -> leads.reject(mql.id(), mql.version(), RejectReason.OTHER, "x".repeat(1001)));
        TRIED.addAndGet(2);
        assertThat(leads.reject(mql.id(), mql.version(), RejectReason.OTHER, HOSTILE.getFirst()).verdictNote())
                .isEqualTo(HOSTILE.getFirst());
        assertThat(leads.recycle(nurture.id(), nurture.version(), HOSTILE.get(1), LocalDate.now().plusDays(30))
                .verdictNote()).isEqualTo(HOSTILE.get(1));
    }

    @Test
    void theRuleItselfAllowsTabsAndLineBreaksAndRefusesOtherControlCharacters() {
        assertThat(HOSTILE).noneMatch(TextInput::hasControlCharacters);
        assertThat(CONTROL).allMatch(TextInput::hasControlCharacters);
        assertThat(TextInput.hasControlCharacters("a\r\nb\tc")).isFalse();
    }
}
