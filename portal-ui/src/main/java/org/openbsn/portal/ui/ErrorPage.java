package org.openbsn.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page that tells the person why they cannot see what they asked for, with a way home. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String id, String titleKey, String textKey) {
        removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId(id);
        add(title, new Paragraph(getTranslation(textKey)), new Anchor("", getTranslation("menu.home")));
    }
}
