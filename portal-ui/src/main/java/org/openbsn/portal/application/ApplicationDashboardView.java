package org.openbsn.portal.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.accounts.api.Accounts;
import org.openbsn.applications.api.AllocatedPeer;
import org.openbsn.applications.api.ApplicationRules;
import org.openbsn.applications.api.ApplicationStatus;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.applications.api.PublishingStep;
import org.openbsn.applications.api.PublishingStepView;
import org.openbsn.billing.api.Billing;
import org.openbsn.billing.api.InvoiceView;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.marketplace.api.Licences;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.billing.InvoiceLinks;
import org.openbsn.portal.node.NodeFormats;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.Formats;
import org.openbsn.portal.ui.Texts;
import org.openbsn.portal.ui.WholeNumberField;

/**
 * One application for its publisher: while it is paid and deploying, each publishing step as it
 * finishes (the page follows along); once live, its nodes and peers, channel and height, the
 * marketplace package version it runs and its upgrades, and its participants.
 */
@Route("applications/:applicationId")
@RolesAllowed("PUBLISHER")
public class ApplicationDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Applications applications;
    private final String publisherId;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph reason = new Paragraph();
    private final Paragraph endorsement = new Paragraph();
    private final UnorderedList progress = new UnorderedList();
    private final VerticalLayout live = new VerticalLayout();
    private final Grid<AllocatedPeer> peers = new Grid<>();
    private final Paragraph channel = new Paragraph();
    private final Button pay = new Button();
    private final WholeNumberField renewYears = new WholeNumberField(1, ApplicationRules.YEARS_MAX);
    private final HorizontalLayout renewal = new HorizontalLayout();
    private final ParticipantsPanel participants;
    private final ChaincodeUpgradePanel chaincode;
    private final CityNodes nodes;
    private final GatewayAdministration gateway;
    private final Div chart = new Div();
    private final Billing billing;
    private final Grid<InvoiceView> invoices = new Grid<>();
    private final Map<String, String> nodeNames = new HashMap<>();
    private final Accounts accounts;
    private Registration polling;
    private ApplicationView application;

    public ApplicationDashboardView(Applications applications, Accounts accounts, CityNodes nodes,
                                    GatewayAdministration gateway, Billing billing, Licences licences,
                                    CurrentUser currentUser) {
        this.applications = applications;
        this.billing = billing;
        this.gateway = gateway;
        this.nodes = nodes;
        this.accounts = accounts;
        this.participants = new ParticipantsPanel(applications, accounts);
        this.publisherId = currentUser.get().accountId();
        this.chaincode = new ChaincodeUpgradePanel(applications, licences, publisherId);
        status.setId("application-status");
        reason.setId("application-reason");
        endorsement.setId("application-endorsement");
        progress.setId("publish-progress");
        pay.setText(getTranslation("dashboard.pay"));
        pay.setId("dashboard-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.addClickListener(click -> UI.getCurrent().getPage().setLocation(applications.order(
                application.applicationId(), publisherId, "/applications/" + application.applicationId())));
        renewYears.setValue(1);
        renewYears.setLabel(getTranslation("wizard.years"));
        renewYears.setId("renew-years");
        Button renew = new Button(getTranslation("dashboard.renew"), click -> {
            if (WholeNumberField.allWhole(List.of(renewYears))) {
                UI.getCurrent().getPage().setLocation(applications.renew(application.applicationId(), publisherId,
                        renewYears.getValue() == null ? 0 : renewYears.getValue(), "/applications/" + application.applicationId()));
            }
        });
        renew.setId("dashboard-renew");
        renewal.add(renewYears, renew);
        renewal.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button edit = new Button(getTranslation("dashboard.edit"), click -> UI.getCurrent().navigate(PublishWizardView.class,
                new RouteParameters("applicationId", application.applicationId())));
        edit.setId("dashboard-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        peers.setId("dashboard-peers");
        peers.setAllRowsVisible(true);
        peers.addColumn(peer -> nodeName(peer.nodeId())).setHeader(getTranslation("review.node"));
        peers.addColumn(peer -> NodeFormats.capacity(application.design().capacityOn(peer.nodeId())))
                .setHeader(getTranslation("dashboard.bought"));
        peers.addColumn(AllocatedPeer::peerId).setHeader(getTranslation("dashboard.peer"));
        peers.addColumn(peer -> getTranslation(peer.dedicated() ? "dashboard.peer.dedicated" : "dashboard.peer.shared"))
                .setHeader(getTranslation("dashboard.peer.kind"));
        channel.setId("dashboard-channel");
        live.setPadding(false);
        invoices.setId("dashboard-invoices");
        invoices.setAllRowsVisible(true);
        invoices.addColumn(InvoiceView::invoiceNumber).setHeader(getTranslation("dashboard.invoice"));
        invoices.addColumn(i -> getTranslation(i.creditNote() ? "billing.invoice.kind.credit-note" : "billing.invoice.kind.invoice"))
                .setHeader(getTranslation("billing.invoice.kind"));
        invoices.addColumn(invoice -> getTranslation("billing.subject." + invoice.subject().kind().name()))
                .setHeader(getTranslation("dashboard.invoice.for"));
        invoices.addColumn(invoice -> BillingFormats.money(invoice.total())).setHeader(getTranslation("review.amount"));
        invoices.addColumn(invoice -> Formats.dateTime(invoice.paidAt())).setHeader(getTranslation("billing.invoice.paid-at"));
        invoices.addComponentColumn(invoice -> InvoiceLinks.download(billing, accounts, invoice, publisherId));
        Button retire = new Button(getTranslation("dashboard.retire"), click -> confirmRetire());
        retire.setId("dashboard-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        live.add(new H3(getTranslation("dashboard.live")), channel, peers, chaincode, chart, participants,
                new H3(getTranslation("dashboard.invoices")), invoices, retire);
        add(title, status, reason, endorsement, pay, renewal, edit, new H3(getTranslation("dashboard.progress")), progress, live);
    }

    static RouteParameters parameters(String applicationId) {
        return new RouteParameters("applicationId", applicationId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ApplicationView> found = event.getRouteParameters().get("applicationId").flatMap(applications::find)
                .filter(app -> app.publisherId().equals(publisherId));
        if (found.isEmpty()) {
            event.forwardTo(MyPublishedApplicationsView.class);
            return;
        }
        show(found.get());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(1000);
        polling = attach.getUI().addPollListener(poll -> {
            if (application != null && (isMoving(application.status()) || chaincode.isUpgrading())) {
                applications.find(application.applicationId()).ifPresent(this::show);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        polling.remove();
    }

    private static boolean isMoving(ApplicationStatus status) {
        return status == ApplicationStatus.AWAITING_PAYMENT || status == ApplicationStatus.DEPLOYING;
    }

    private void show(ApplicationView shown) {
        application = shown;
        title.setText(shown.design().name());
        status.setText(getTranslation("application.status." + shown.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(shown.status() == ApplicationStatus.LIVE ? "badge success" : "badge");
        reason.setText(Texts.of(shown.statusReason()));
        endorsement.setText(getTranslation("review.endorsement", EndorsementField.describe(this, shown.design())));
        pay.setVisible(shown.status() == ApplicationStatus.AWAITING_PAYMENT);
        renewal.setVisible(shown.status() == ApplicationStatus.LIVE || shown.status() == ApplicationStatus.EXPIRED);
        Map<PublishingStep, PublishingStepView> done = shown.progress().stream()
                .collect(Collectors.toMap(PublishingStepView::step, step -> step, (a, b) -> b));
        progress.removeAll();
        for (PublishingStep step : PublishingStep.values()) {
            PublishingStepView finished = done.get(step);
            ListItem item = new ListItem((finished != null ? "✓ " : "○ ") + getTranslation("publish.step." + step.name())
                    + (finished != null ? " — " + Formats.dateTime(finished.at()) : ""));
            item.getElement().setAttribute("data-step", step.name());
            item.getElement().setAttribute("data-done", String.valueOf(finished != null));
            progress.add(item);
        }
        boolean isLive = shown.status() == ApplicationStatus.LIVE || shown.status() == ApplicationStatus.EXPIRED;
        live.setVisible(isLive);
        if (isLive) {
            long height = applications.channel(shown.channelId()).map(view -> view.height()).orElse(0L);
            channel.setText(getTranslation("dashboard.channel", shown.channelId(), shown.clusterId(), height,
                    shown.appCode(), Formats.dateTime(shown.expiresAt())));
            peers.setItems(shown.peers());
            chaincode.show(shown);
            chart.removeAll();
            chart.add(TpsChart.of(shown, gateway, Instant.now()));
            participants.show(shown, publisherId);
            invoices.setItems(billing.invoices(publisherId).stream()
                    .filter(invoice -> invoice.subject().subjectId().equals(shown.applicationId())).toList());
        }
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("dashboard.retire.title"),
                getTranslation("dashboard.retire.text", application.design().name()), getTranslation("dashboard.retire"),
                event -> show(applications.retire(application.applicationId(), publisherId)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String nodeName(String nodeId) {
        return nodeNames.computeIfAbsent(nodeId, id -> nodes.find(id).map(node -> node.details().name()).orElse(id));
    }

    @Override
    public String getPageTitle() {
        return application == null ? getTranslation("dashboard.title") : application.design().name();
    }
}
