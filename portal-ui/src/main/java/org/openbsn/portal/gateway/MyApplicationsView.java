package org.openbsn.portal.gateway;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.openbsn.gatewayadapter.api.GatewayAdministration;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.api.GatewayMemberView;
import org.openbsn.gatewayadapter.api.GatewayRules;
import org.openbsn.gatewayadapter.api.ParticipantKeysView;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.FieldErrors;

/**
 * A participant's applications on the smart gateway, with roles, certificate mode and channel, an
 * access bundle to download for each, and the access key its calls are signed with.
 */
@Route("gateway/applications")
@RolesAllowed("PARTICIPANT")
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final GatewayAdministration gateway;
    private final AccessBundles bundles;
    private final String userCode;
    private final Paragraph keyStatus = new Paragraph();
    private final TextArea publicKey = new TextArea();
    private final FieldErrors errors = new FieldErrors();

    public MyApplicationsView(GatewayAdministration gateway, AccessBundles bundles, CurrentUser currentUser) {
        this.gateway = gateway;
        this.bundles = bundles;
        this.userCode = GatewayRules.userCodeOfAccount(currentUser.get().accountId());
        setSizeFull();
        Paragraph who = new Paragraph(getTranslation("gateway.apps.user-code", userCode));
        who.setId("gateway-user-code");
        add(new H2(getTranslation("gateway.apps.title")), who);
        addApplications();
        addAccessKey();
    }

    private void addApplications() {
        List<GatewayMemberView> memberships = gateway.memberships(userCode);
        Paragraph empty = new Paragraph(getTranslation("gateway.apps.empty"));
        empty.setId("my-applications-empty");
        empty.setVisible(memberships.isEmpty());
        Grid<Row> grid = new Grid<>();
        grid.setId("my-applications");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.app().appCode()).setHeader(getTranslation("gateway.app.code")).setAutoWidth(true);
        grid.addColumn(row -> row.app().name()).setHeader(getTranslation("gateway.app.name")).setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.member().roles())).setHeader(getTranslation("gateway.app.roles"));
        grid.addColumn(row -> getTranslation("gateway.mode." + row.app().mode().name()))
                .setHeader(getTranslation("gateway.app.mode")).setAutoWidth(true);
        grid.addColumn(row -> row.app().channelId()).setHeader(getTranslation("gateway.app.channel")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("gateway.app.bundle")).setAutoWidth(true);
        grid.setItems(memberships.stream()
                .flatMap(member -> gateway.application(member.appCode()).map(app -> new Row(member, app)).stream())
                .toList());
        grid.setVisible(!memberships.isEmpty());
        add(empty, grid);
    }

    private Anchor download(Row row) {
        String appCode = row.app().appCode();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> bundles.of(userCode, appCode, portalUrl(event.getRequest()))
                .map(zip -> new DownloadResponse(new ByteArrayInputStream(zip), "openbsn-" + appCode + ".zip",
                        "application/zip", zip.length))
                .orElseGet(() -> DownloadResponse.error(404))), getTranslation("gateway.app.download"));
        link.setId("download-" + appCode);
        return link;
    }

    private static String portalUrl(VaadinRequest request) {
        HttpServletRequest http = ((VaadinServletRequest) request).getHttpServletRequest();
        return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
    }

    private void addAccessKey() {
        keyStatus.setId("access-key-status");
        Button issue = new Button(getTranslation("gateway.key.issue"), click -> confirmIssue());
        issue.setId("issue-access-key");
        publicKey.setId("public-key-pem");
        publicKey.setLabel(getTranslation("field.publicKeyPem"));
        publicKey.setPlaceholder("-----BEGIN PUBLIC KEY-----");
        publicKey.setWidth("40em");
        errors.register("publicKeyPem", publicKey);
        Button upload = new Button(getTranslation("gateway.key.upload"), click -> upload());
        upload.setId("upload-public-key");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("gateway.key.title")), keyStatus, issue, publicKey, upload);
        showKey(gateway.keys(userCode));
    }

    /** A new key stops the current one from working, so replacing one is confirmed first. */
    private void confirmIssue() {
        boolean hasKey = gateway.keys(userCode).filter(keys -> !keys.accessPublicKeyPem().isEmpty()).isPresent();
        if (!hasKey) {
            issue();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("gateway.key.replace.title"),
                getTranslation("gateway.key.replace.text"), getTranslation("gateway.key.issue"), event -> issue());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void issue() {
        errors.clear(); // a public key refused before no longer matters: the issued key is in use
        publicKey.clear();
        gateway.issueAccessKey(userCode);
        showKey(gateway.keys(userCode));
        notice(getTranslation("gateway.key.issued"));
    }

    private void upload() {
        errors.clear();
        try {
            showKey(Optional.of(gateway.uploadAccessKey(userCode, publicKey.getValue())));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
            return;
        }
        publicKey.clear();
        notice(getTranslation("gateway.key.uploaded-done"));
    }

    private void showKey(Optional<ParticipantKeysView> keys) {
        String status = keys.filter(k -> !k.accessPublicKeyPem().isEmpty())
                .map(k -> k.accessKeyHosted() ? "gateway.key.hosted" : "gateway.key.uploaded")
                .orElse("gateway.key.none");
        keyStatus.setText(getTranslation(status));
    }

    private static void notice(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gateway.apps.title") + " · OpenBSN";
    }

    private record Row(GatewayMemberView member, GatewayApplicationView app) {
    }
}
