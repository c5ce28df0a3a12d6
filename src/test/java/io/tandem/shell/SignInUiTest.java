package io.tandem.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.tandem.KaribuTest;
import io.tandem.base.ui.TeamBadge;
import io.tandem.people.DemoPeople;
import io.tandem.people.ui.LoginView;
import io.tandem.people.ui.PeopleView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInUiTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        _assertNone(HomeView.class);

        UI.getCurrent().navigate("people");
        _assertOne(LoginView.class);
    }

    @Test
    void aSalesMemberLandsOnHomeWithTheirTeam() {
        login("priya");
        UI.getCurrent().navigate("");
        _assertOne(HomeView.class);
        assertThat(_get(H2.class).getText()).matches("Good (morning|afternoon|evening), Priya");
        assertThat(_find(_get(HomeView.class), TeamBadge.class)).singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Sales"));
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Nothing needs you right now")))
                .isNotNull();
    }

    @Test
    void aMarketingMemberLandsOnHomeAndSeesNoPeopleEntry() {
        login("leo");
        UI.getCurrent().navigate("");
        _assertOne(HomeView.class);
        SideNav nav = _get(SideNav.class);
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Campaigns", "Collateral", "Lead board", "Insights");
    }

    @Test
    void adminsSeeThePeopleEntry() {
        login("alex");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("People");
        UI.getCurrent().navigate(PeopleView.class);
        _assertOne(PeopleView.class);
    }

    @Test
    void demoLoginsAreNotShownOutsideDemoMode() {
        UI.getCurrent().navigate("login");
        _assertOne(LoginView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("demo-logins"))).isEmpty();
    }
}
