package org.openbsn.portal.marketplace;

import java.math.BigDecimal;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.infra.money.Money;
import org.openbsn.marketplace.api.Marketplace;
import org.openbsn.marketplace.api.PackageVersionView;
import org.openbsn.marketplace.api.PriceType;
import org.openbsn.marketplace.api.Pricing;
import org.openbsn.portal.security.CurrentUser;
import org.openbsn.portal.ui.FieldErrors;
import org.openbsn.portal.ui.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * An author uploads a version: the Fabric package and its manifest, the version, what changed, and the price.
 * The marketplace inspects both files; its refusal is shown as it words it, and nothing is kept.
 */
@Route("marketplace/upload")
@RolesAllowed("CHAINCODE_AUTHOR")
public class UploadPackageView extends VerticalLayout implements HasDynamicTitle {

    private static final int MANIFEST_MAX_BYTES = 256 * 1024;
    /** Fields shown next to their input; refusals of the two files are shown as the inspector words them. */
    private static final Set<String> FORM_FIELDS = Set.of("version", "changelog", "price");

    private final Marketplace marketplace;
    private final String authorId;
    private final UploadedFile packageFile = new UploadedFile();
    private final UploadedFile manifestFile = new UploadedFile();
    private final TextField version = new TextField();
    private final TextArea changelog = new TextArea();
    private final RadioButtonGroup<PriceType> priceType = new RadioButtonGroup<>();
    private final BigDecimalField price = new BigDecimalField();
    private final Paragraph refusal = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    public UploadPackageView(Marketplace marketplace, CurrentUser currentUser,
                             @Value("${bsn.marketplace.max-package-bytes:64MB}") DataSize maxPackageSize) {
        this.marketplace = marketplace;
        this.authorId = currentUser.get().accountId();
        Upload packageUpload = packageFile.upload("upload-package", (int) maxPackageSize.toBytes(), ".tar.gz", ".tgz", "application/gzip");
        Upload manifestUpload = manifestFile.upload("upload-manifest", MANIFEST_MAX_BYTES, ".json", "application/json");
        version.setLabel(getTranslation("marketplace.upload.version"));
        version.setPlaceholder("1.0.0");
        version.setRequired(true);
        version.setId("upload-version");
        changelog.setLabel(getTranslation("marketplace.upload.changelog"));
        changelog.setId("upload-changelog");
        priceType.setLabel(getTranslation("marketplace.upload.price-type"));
        priceType.setItems(PriceType.values());
        priceType.setItemLabelGenerator(type -> getTranslation("marketplace.price-type." + type.name()));
        priceType.setValue(PriceType.FREE);
        priceType.setId("upload-price-type");
        price.setLabel(getTranslation("marketplace.upload.price"));
        price.setSuffixComponent(new Span(Money.CNY));
        price.setVisible(false);
        price.setId("upload-price");
        priceType.addValueChangeListener(change -> price.setVisible(change.getValue() != PriceType.FREE));
        errors.register("version", version).register("changelog", changelog).register("price", price);
        refusal.setId("upload-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout();
        form.addFormItem(packageUpload, getTranslation("marketplace.upload.package"));
        form.addFormItem(manifestUpload, getTranslation("marketplace.upload.manifest"));
        form.add(version, priceType, changelog, price);
        Button send = new Button(getTranslation("marketplace.upload.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("upload-send");
        add(new H2(getTranslation("marketplace.upload.title")), new Paragraph(getTranslation("marketplace.upload.intro")),
                form, refusal, send);
    }

    private void send() {
        errors.clear();
        refusal.setText("");
        if (!packageFile.present() || !manifestFile.present()) {
            refusal.setText(getTranslation("marketplace.upload.files-required"));
            return;
        }
        PackageVersionView uploaded;
        try {
            uploaded = marketplace.upload(authorId, packageFile.bytes(), manifestFile.bytes(), version.getValue().strip(),
                    changelog.getValue(), pricing());
        } catch (InvalidInputException invalid) {
            invalid.violations().stream().filter(v -> FORM_FIELDS.contains(v.field()))
                    .forEach(v -> errors.show(v.field(), Texts.of(v)));
            refusal.setText(Texts.of(invalid));
            return;
        } catch (DomainException refused) {
            refusal.setText(Texts.of(refused));
            return;
        }
        UI.getCurrent().navigate(MyPackagesView.class, new RouteParameters("packageId", uploaded.packageId()));
    }

    private Pricing pricing() {
        if (priceType.getValue() == PriceType.FREE) {
            return Pricing.free();
        }
        BigDecimal amount = price.getValue() == null ? BigDecimal.ZERO : price.getValue();
        return new Pricing(priceType.getValue(), Money.cny(amount));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.upload.title") + " · OpenBSN";
    }
}
