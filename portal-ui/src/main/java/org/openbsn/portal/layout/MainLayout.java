package org.openbsn.portal.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.accounts.api.Role;
import org.openbsn.portal.account.ChangePasswordView;
import org.openbsn.portal.application.JoinApplicationsView;
import org.openbsn.portal.application.MyPublishedApplicationsView;
import org.openbsn.portal.application.OperatorApplicationsView;
import org.openbsn.portal.application.PublishWizardView;
import org.openbsn.portal.billing.EarningsView;
import org.openbsn.portal.billing.OrdersView;
import org.openbsn.portal.gateway.MyApplicationsView;
import org.openbsn.portal.gateway.RecentCallsView;
import org.openbsn.portal.home.HomeView;
import org.openbsn.portal.marketplace.MarketplaceView;
import org.openbsn.portal.marketplace.MyLicencesView;
import org.openbsn.portal.marketplace.MyPackagesView;
import org.openbsn.portal.marketplace.PackageReviewsView;
import org.openbsn.portal.marketplace.UploadPackageView;
import org.openbsn.portal.node.BrowseNodesView;
import org.openbsn.portal.node.FindNodesView;
import org.openbsn.portal.node.SearchIndexView;
import org.openbsn.portal.node.MyNodesView;
import org.openbsn.portal.node.NodeApprovalView;
import org.openbsn.portal.node.RegisterNodeView;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.security.PortalUser;
import org.openbsn.portal.ui.LanguageSelect;

/** The frame around every signed-in page: a menu with what the person's roles allow, language, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, Accounts accounts) {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span who = new Span(currentUser.find()
                .map(user -> accounts.find(user.accountId()).map(a -> a.displayName()).orElse(user.getUsername()))
                .orElse(""));
        who.setId("current-user");
        Button signOut = new Button(getTranslation("action.sign-out"), click -> currentUser.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout right = new HorizontalLayout(who, new LanguageSelect(currentUser, accounts), signOut);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        currentUser.find().ifPresent(user -> addToDrawer(menu(user)));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav menu(PortalUser user) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("menu.home"), HomeView.class));
        nav.addItem(new SideNavItem(getTranslation("menu.marketplace"), MarketplaceView.class));
        if (user.holds(Role.NODE_OWNER)) {
            nav.addItem(new SideNavItem(getTranslation("menu.my-nodes"), MyNodesView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.register-node"), RegisterNodeView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.earnings"), EarningsView.class));
        }
        if (user.holds(Role.PUBLISHER)) {
            nav.addItem(new SideNavItem(getTranslation("menu.published"), MyPublishedApplicationsView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.publish"), PublishWizardView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.find-nodes"), FindNodesView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.browse-nodes"), BrowseNodesView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.orders"), OrdersView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.my-licences"), MyLicencesView.class));
        }
        if (user.holds(Role.CHAINCODE_AUTHOR)) {
            nav.addItem(new SideNavItem(getTranslation("menu.my-packages"), MyPackagesView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.upload-package"), UploadPackageView.class));
        }
        if (user.holds(Role.PARTICIPANT)) {
            nav.addItem(new SideNavItem(getTranslation("menu.join"), JoinApplicationsView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.my-applications"), MyApplicationsView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.recent-calls"), RecentCallsView.class));
        }
        if (user.holds(Role.OPERATOR)) {
            nav.addItem(new SideNavItem(getTranslation("menu.node-approvals"), NodeApprovalView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.search-index"), SearchIndexView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.operator-applications"), OperatorApplicationsView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.package-reviews"), PackageReviewsView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("menu.change-password"), ChangePasswordView.class));
        return nav;
    }
}
