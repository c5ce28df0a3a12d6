package io.tandem.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.tandem.KaribuTest;
import io.tandem.TestPeople;
import io.tandem.base.Team;
import io.tandem.campaign.CampaignService;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.Role;
import io.tandem.people.ui.LoginView;
import io.tandem.security.AuthorizationMatrixTest.Caller;
import io.tandem.security.AuthorizationMatrixTest.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Executed route matrix: every {@code @Route} class (found on the classpath, so a new view appears here by itself)
 * is opened by each kind of caller through Vaadin's real navigation and access control, and the outcome (landed
 * on the view, or refused: sent to sign-in or "access denied") is compared with the rule below. A deactivated
 * person's leftover session is sent to sign-in on its next navigation.
 */
class RouteAccessMatrixTest extends KaribuTest {

    /** Route template → rule. {campaign} and {asset} are replaced by ids of items that exist. */
    static final Map<String, Rule> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("login", Rule.PUBLIC);
        ROUTES.put("", Rule.SIGNED_IN);
        ROUTES.put("campaigns", Rule.SIGNED_IN);
        ROUTES.put("campaigns/:campaignId(\\d+)", Rule.SIGNED_IN);
        ROUTES.put("collateral", Rule.SIGNED_IN);
        ROUTES.put("collateral/:assetId(\\d+)", Rule.SIGNED_IN);
        ROUTES.put("leads", Rule.SIGNED_IN);
        ROUTES.put("insights", Rule.SIGNED_IN);
        ROUTES.put("insights/alignment", Rule.SIGNED_IN);
        ROUTES.put("people", Rule.ADMIN);
    }

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CollateralService collateral;

    private String deactivated;
    private Long campaignId;
    private Long assetId;

    @BeforeEach
    void data() {
        demoPeople.seed();
        login("alex");
        var gone = people.create(TestPeople.form("gone", Team.SALES, Role.TEAM_LEAD));
        people.deactivate(gone.id());
        deactivated = gone.username();
        logout();
        login("maya");
        campaignId = campaigns.create("Route matrix " + System.nanoTime()).id();
        assetId = collateral.create(new AssetForm("Route matrix " + System.nanoTime(), AssetType.BATTLECARD, null,
                BuyerStage.DECISION, "For the route matrix", null)).id();
        logout();
    }

    @Test
    void everyRouteLetsInExactlyTheCallersItsRuleAllows() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<? extends Component>> routes = new LinkedHashMap<>();
        for (var candidate : scanner.findCandidateComponents("io.tandem")) {
            @SuppressWarnings("unchecked")
            Class<? extends Component> view = (Class<? extends Component>) Class.forName(candidate.getBeanClassName());
            routes.put(view.getAnnotation(Route.class).value(), view);
        }
        assertThat(routes.keySet()).as("routes without a rule in this matrix")
                .allSatisfy(r -> assertThat(ROUTES).containsKey(r));
        assertThat(ROUTES.keySet()).as("rules for routes that no longer exist")
                .allSatisfy(r -> assertThat(routes).containsKey(r));

        List<String> mismatches = new ArrayList<>();
        int navigations = 0;
        for (var route : routes.entrySet()) {
            String path = route.getKey().replace(":campaignId(\\d+)", String.valueOf(campaignId))
                    .replace(":assetId(\\d+)", String.valueOf(assetId));
            Rule rule = ROUTES.get(route.getKey());
            for (Caller caller : Caller.values()) {
                logout();
                if (caller == Caller.DEACTIVATED) {
                    login(deactivated);
                } else if (caller.username != null) {
                    login(caller.username);
                }
                String outcome = open(path, route.getValue());
                navigations++;
                boolean landed = outcome.equals("landed");
                if (landed != rule.allows.test(caller, null)) {
                    mismatches.add("/" + path + " as " + caller + ": rule " + rule + " but " + outcome);
                }
            }
        }
        System.out.printf("Route matrix: %d routes x %d callers = %d navigations%n", routes.size(),
                Caller.values().length, navigations);
        assertThat(mismatches).as("route access mismatches").isEmpty();
    }

    /** "landed", "sent to sign-in", "access denied" or what else happened. */
    private static String open(String path, Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException | Error e) { // Karibu reports a refusal as its MockAccessDenied error
            if (String.valueOf(e.getMessage()).contains("Access is denied")) {
                return "access denied";
            }
            return "failed: " + e;
        }
        if (!_find(view).isEmpty()) {
            return "landed";
        }
        if (!_find(LoginView.class).isEmpty()) {
            return "sent to sign-in";
        }
        return "showed " + UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }
}
