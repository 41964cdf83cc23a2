package org.openbsn.portal.application;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.openbsn.applications.api.ApplicationView;
import org.openbsn.applications.api.Applications;
import org.openbsn.billing.api.Quote;
import org.openbsn.billing.api.QuoteLine;
import org.openbsn.infra.error.DomainException;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.portal.billing.BillingFormats;
import org.openbsn.portal.ui.Texts;

/** Wizard step: the design in short, the quote line by line, and the button that pays for it. */
class ReviewStep extends VerticalLayout {

    private final Applications applications;
    private final Div lines = new Div();
    private final Paragraph summary = new Paragraph();
    private final Paragraph endorsement = new Paragraph();
    private final Paragraph fee = new Paragraph();
    private final Paragraph total = new Paragraph();
    private final Button pay = new Button();

    ReviewStep(Applications applications, Runnable onPay) {
        this.applications = applications;
        setPadding(false);
        summary.setId("review-summary");
        endorsement.setId("review-endorsement");
        lines.setWidthFull();
        fee.setId("review-fee");
        total.setId("review-total");
        pay.setText(getTranslation("review.pay"));
        pay.setId("review-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        pay.addClickListener(click -> onPay.run());
        add(new H3(getTranslation("review.title")), summary, endorsement, lines, fee, total, pay);
    }

    void show(ApplicationView application) {
        summary.setText(getTranslation("review.summary", application.design().name(), application.design().nodes().size(),
                application.design().totalTps(), application.design().years(), application.design().functions().size(),
                application.design().roles().size()));
        endorsement.setText(getTranslation("review.endorsement", EndorsementField.describe(this, application.design())));
        try {
            Quote quote = applications.quote(application.applicationId(), application.publisherId(), application.design());
            Grid<QuoteLine> grid = BillingFormats.lines(quote);
            grid.setId("review-quote");
            lines.removeAll();
            lines.add(grid);
            fee.setText(getTranslation("review.platform-fee", BillingFormats.money(quote.platformFee())));
            total.setText(getTranslation("review.total", BillingFormats.money(quote.total()), quote.years()));
            pay.setEnabled(true);
        } catch (InvalidInputException invalid) {
            refuse(invalid.violations().stream().map(Texts::of).collect(Collectors.joining(" · ")));
        } catch (DomainException refused) {
            refuse(Texts.of(refused));
        }
    }

    /** The design cannot be ordered yet: say why instead of a price, and keep the pay button off. */
    private void refuse(String why) {
        lines.removeAll();
        fee.setText("");
        total.setText(why);
        pay.setEnabled(false);
    }
}
