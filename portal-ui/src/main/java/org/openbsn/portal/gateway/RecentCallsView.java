package org.openbsn.portal.gateway;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayCallView;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Formats;

/** The participant's own gateway calls, newest first, loaded page by page: allowed or denied, and what happened. */
@Route("gateway/calls")
@RolesAllowed("PARTICIPANT")
public class RecentCallsView extends VerticalLayout implements HasDynamicTitle {

    public RecentCallsView(GatewayAdministration gateway, CurrentUser currentUser) {
        String userCode = GatewayRules.userCodeOfAccount(currentUser.get().accountId());
        setSizeFull();
        Grid<GatewayCallView> grid = new Grid<>();
        grid.setId("recent-calls");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(call -> Formats.dateTime(call.calledAt())).setHeader(getTranslation("gateway.call.time")).setAutoWidth(true);
        grid.addColumn(GatewayCallView::appCode).setHeader(getTranslation("gateway.call.app")).setAutoWidth(true);
        grid.addColumn(call -> call.function().isEmpty() ? call.path() : call.function())
                .setHeader(getTranslation("gateway.call.function")).setAutoWidth(true);
        grid.addColumn(GatewayCallView::userName).setHeader(getTranslation("gateway.call.user")).setAutoWidth(true);
        grid.addComponentColumn(this::verdict).setHeader(getTranslation("gateway.call.allowed")).setAutoWidth(true);
        grid.addColumn(GatewayCallView::transactionId).setHeader(getTranslation("gateway.call.tx")).setWidth("12em")
                .setTooltipGenerator(GatewayCallView::transactionId);
        grid.addColumn(GatewayCallView::outcome).setHeader(getTranslation("gateway.call.outcome")).setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(GatewayCallView::outcome);
        grid.setItems(query -> gateway.recentCalls(userCode, query.getOffset(), query.getLimit()).calls().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, gateway.recentCalls(userCode, 0, 0).total()));
        add(new H2(getTranslation("gateway.calls.title")), grid);
    }

    private Span verdict(GatewayCallView call) {
        Span verdict = new Span(getTranslation(call.allowed() ? "gateway.call.allowed-yes" : "gateway.call.denied"));
        verdict.getElement().getThemeList().add(call.allowed() ? "badge success" : "badge error");
        return verdict;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gateway.calls.title") + " · OpenBSN";
    }
}
