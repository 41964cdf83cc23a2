package org.openbsn.portal.node;

import java.util.EnumSet;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.CityNodes;
import org.openbsn.noderegistry.api.NodeStatus;
import org.openbsn.portal.security.CurrentUser;

/** A node owner's nodes: status, capacity and what is reserved, prices; change capacity or prices, retire. */
@Route("nodes/mine")
@RolesAllowed("NODE_OWNER")
public class MyNodesView extends VerticalLayout implements HasDynamicTitle {

    private final CityNodes nodes;
    private final String ownerId;
    private final Grid<CityNodeView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public MyNodesView(CityNodes nodes, CurrentUser currentUser) {
        this.nodes = nodes;
        this.ownerId = currentUser.get().accountId();
        setSizeFull();
        Button register = new Button(getTranslation("menu.register-node"),
                click -> UI.getCurrent().navigate(RegisterNodeView.class));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("go-register-node");

        grid.setId("my-nodes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> n.details().name()).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(n -> n.details().city() + ", " + n.details().region()).setHeader(getTranslation("node.location"));
        grid.addComponentColumn(n -> NodeFormats.status(n.status())).setHeader(getTranslation("node.status"));
        grid.addColumn(n -> NodeFormats.capacity(n.capacity())).setHeader(getTranslation("node.capacity")).setAutoWidth(true);
        grid.addColumn(n -> NodeFormats.capacity(n.reserved())).setHeader(getTranslation("node.reserved")).setAutoWidth(true);
        grid.addColumn(n -> NodeFormats.prices(n.prices())).setHeader(getTranslation("node.prices")).setAutoWidth(true);
        grid.addColumn(n -> n.statusReason() == null ? "" : n.statusReason()).setHeader(getTranslation("node.reason"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("node.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        empty.setText(getTranslation("node.mine.empty"));
        empty.setId("my-nodes-empty");

        add(new HorizontalLayout(new H2(getTranslation("node.mine.title")), register), empty, grid);
        refresh();
    }

    private HorizontalLayout actions(CityNodeView node) {
        HorizontalLayout actions = new HorizontalLayout();
        Button utilisation = new Button(getTranslation("node.action.utilisation"),
                click -> UI.getCurrent().navigate(NodeUtilisationView.class, new RouteParameters("nodeId", node.nodeId())));
        utilisation.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(utilisation);
        if (node.status() == NodeStatus.RETIRED || node.status() == NodeStatus.REJECTED) {
            return actions;
        }
        Button capacity = new Button(getTranslation("node.action.capacity"),
                click -> edit(node, NodeForm.Section.CAPACITY));
        Button prices = new Button(getTranslation("node.action.prices"), click -> edit(node, NodeForm.Section.PRICES));
        Button retire = new Button(getTranslation("node.action.retire"), click -> confirmRetire(node));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {capacity, prices, retire}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        actions.add(capacity, prices, retire);
        return actions;
    }

    private void edit(CityNodeView node, NodeForm.Section section) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(node.details().name());
        NodeForm form = new NodeForm(EnumSet.of(section), NodeFormData.of(node));
        form.addSaveListener(save -> {
            try {
                if (section == NodeForm.Section.CAPACITY) {
                    nodes.changeCapacity(node.nodeId(), ownerId, save.data().capacity());
                } else {
                    nodes.changePrices(node.nodeId(), ownerId, save.data().prices());
                }
            } catch (InvalidInputException invalid) {
                form.showErrors(invalid);
                return;
            }
            dialog.close();
            refresh();
        });
        Button save = new Button(getTranslation("action.save"), click -> form.submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-node-change");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRetire(CityNodeView node) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("node.retire.title", node.details().name()),
                getTranslation("node.retire.text"), getTranslation("node.action.retire"), event -> {
                    nodes.retire(node.nodeId(), ownerId);
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        var mine = nodes.ownedBy(ownerId);
        grid.setItems(mine);
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("node.mine.title") + " · OpenBSN";
    }
}
