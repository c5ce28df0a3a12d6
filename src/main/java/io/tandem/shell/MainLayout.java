package io.tandem.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.tandem.activity.NotificationService;
import io.tandem.base.db.DatabaseMonitor;
import io.tandem.base.ui.DatabaseBanner;
import io.tandem.base.ui.TeamBadge;
import io.tandem.collaboration.Collaboration;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.OnlineAvatars;
import io.tandem.collaboration.Topics;
import io.tandem.people.CurrentPerson;
import io.tandem.people.TandemUser;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view: navigation built from {@code @Menu} (entries the person may not open
 * are left out), the view's title, who is online right now, and the signed-in person with sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(CurrentPerson currentPerson, Collaboration collaboration, AuthenticationContext authentication,
            NotificationService notifications, LiveUpdates liveUpdates, DatabaseMonitor database) {
        TandemUser me = currentPerson.require();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span logo = new Span("T");
        logo.addClassName("brand-mark");
        Span name = new Span("Tandem");
        name.addClassName("brand-name");
        Header brand = new Header(logo, name);
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(item(entry));
        }
        Footer teams = new Footer(new TeamBadge(io.tandem.base.Team.SALES), new TeamBadge(io.tandem.base.Team.MARKETING));
        teams.addClassName("drawer-footer");
        addToDrawer(brand, new Scroller(nav), teams);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");

        OnlineAvatars online = collaboration.avatars(Topics.ONLINE);
        Span onlineLabel = new Span("Online");
        onlineLabel.addClassName("online-label");
        Div presence = new Div(onlineLabel, online);
        presence.addClassName("presence");

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        NotificationBell bell = new NotificationBell(notifications, liveUpdates, me.personId());
        addToNavbar(toggle, viewTitle, spacer, presence, bell, userMenu(me, authentication), new DatabaseBanner(database));
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        if (entry.path().isEmpty()) {
            item.setMatchNested(false);
        }
        return item;
    }

    private static MenuBar userMenu(TandemUser me, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(me.fullName());
        avatar.setColorIndex(me.team().colorIndex());
        avatar.addThemeName("small");
        avatar.addClassName(me.team().cssClass());
        Span label = new Span(me.fullName());
        label.addClassName("user-name");
        Div trigger = new Div(avatar, label);
        trigger.addClassName("user-trigger");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        MenuItem root = menu.addItem(trigger);
        root.setAriaLabel("Account of " + me.fullName());
        SubMenu sub = root.getSubMenu();
        MenuItem who = sub.addItem(me.team().label() + " · " + me.role().label());
        who.setEnabled(false);
        sub.addItem("Sign out", e -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title.replace(" · Tandem", ""));
    }
}
