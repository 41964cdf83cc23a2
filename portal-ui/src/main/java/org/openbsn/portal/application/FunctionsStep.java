package org.openbsn.portal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.openbsn.applications.api.ApplicationFunction;
import org.openbsn.applications.api.ApplicationRole;
import org.openbsn.applications.api.FunctionType;

/** Wizard step: the functions callers use (name, chaincode function, type) and the roles over them (ARBAC). */
class FunctionsStep extends VerticalLayout {

    private final List<ApplicationFunction> functions = new ArrayList<>();
    private final Map<String, CheckboxGroup<String>> roles = new LinkedHashMap<>();
    private final Grid<ApplicationFunction> functionGrid = new Grid<>();
    private final VerticalLayout roleRows = new VerticalLayout();
    private final TextField functionName = new TextField();
    private final TextField chaincodeFunction = new TextField();
    private final Select<FunctionType> type = new Select<>();
    private final TextField roleName = new TextField();

    FunctionsStep() {
        setPadding(false);
        functionGrid.setId("wizard-functions");
        functionGrid.setAllRowsVisible(true);
        functionGrid.addColumn(ApplicationFunction::name).setHeader(getTranslation("wizard.functions.name"));
        functionGrid.addColumn(ApplicationFunction::chaincodeFunction).setHeader(getTranslation("wizard.functions.chaincode"));
        functionGrid.addColumn(f -> getTranslation("function.type." + f.type().name())).setHeader(getTranslation("wizard.functions.type"));
        functionGrid.addComponentColumn(f -> {
            Button remove = new Button(getTranslation("wizard.nodes.remove"), click -> removeFunction(f));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        functionName.setLabel(getTranslation("wizard.functions.name"));
        functionName.setId("wizard-function-name");
        chaincodeFunction.setLabel(getTranslation("wizard.functions.chaincode"));
        chaincodeFunction.setId("wizard-function-chaincode");
        type.setLabel(getTranslation("wizard.functions.type"));
        type.setItems(FunctionType.values());
        type.setItemLabelGenerator(value -> getTranslation("function.type." + value.name()));
        type.setValue(FunctionType.INVOKE);
        Button addFunction = new Button(getTranslation("wizard.functions.add"), click -> addFunction());
        addFunction.setId("wizard-function-add");
        HorizontalLayout newFunction = new HorizontalLayout(functionName, chaincodeFunction, type, addFunction);
        newFunction.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        roleName.setLabel(getTranslation("wizard.roles.name"));
        roleName.setId("wizard-role-name");
        Button addRole = new Button(getTranslation("wizard.roles.add"), click -> {
            if (!roleName.isEmpty()) {
                addRole(roleName.getValue().strip(), List.of());
                roleName.clear();
            }
        });
        addRole.setId("wizard-role-add");
        HorizontalLayout newRole = new HorizontalLayout(roleName, addRole);
        newRole.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        roleRows.setPadding(false);
        roleRows.setId("wizard-roles");
        add(new H3(getTranslation("wizard.functions.title")), new Paragraph(getTranslation("wizard.functions.hint")),
                functionGrid, newFunction, new H3(getTranslation("wizard.roles.title")), roleRows, newRole);
    }

    void read(List<ApplicationFunction> definedFunctions, List<ApplicationRole> definedRoles) {
        functions.clear();
        functions.addAll(definedFunctions);
        roles.clear();
        roleRows.removeAll();
        definedRoles.forEach(role -> addRole(role.name(), role.functions()));
        functionGrid.setItems(functions);
    }

    List<ApplicationFunction> functions() {
        return List.copyOf(functions);
    }

    List<ApplicationRole> roles() {
        return roles.entrySet().stream()
                .map(entry -> new ApplicationRole(entry.getKey(), List.copyOf(entry.getValue().getValue())))
                .toList();
    }

    private void addFunction() {
        String name = functionName.getValue().strip();
        if (name.isEmpty()) {
            functionName.setErrorMessage(getTranslation("wizard.functions.name-required"));
            functionName.setInvalid(true);
            return;
        }
        String chaincode = chaincodeFunction.isEmpty() ? name : chaincodeFunction.getValue().strip();
        functions.removeIf(existing -> existing.name().equals(name));
        functions.add(new ApplicationFunction(name, chaincode, type.getValue()));
        functionName.clear();
        functionName.setInvalid(false);
        chaincodeFunction.clear();
        functionGrid.setItems(functions);
        refreshRoleChoices();
    }

    private void removeFunction(ApplicationFunction function) {
        functions.remove(function);
        functionGrid.setItems(functions);
        refreshRoleChoices();
    }

    private void addRole(String name, List<String> granted) {
        CheckboxGroup<String> choice = new CheckboxGroup<>();
        choice.setLabel(name);
        choice.setId("wizard-role-" + name.replace(' ', '-'));
        choice.setItems(functions.stream().map(ApplicationFunction::name).toList());
        choice.setValue(new LinkedHashSet<>(granted));
        Button remove = new Button(getTranslation("wizard.nodes.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(choice, remove);
        remove.addClickListener(click -> {
            roles.remove(name);
            roleRows.remove(row);
        });
        roles.put(name, choice);
        roleRows.add(row);
    }

    private void refreshRoleChoices() {
        List<String> names = functions.stream().map(ApplicationFunction::name).toList();
        roles.values().forEach(choice -> {
            LinkedHashSet<String> kept = new LinkedHashSet<>(choice.getValue());
            kept.retainAll(names);
            choice.setItems(names);
            choice.setValue(kept);
        });
    }
}
