package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address the portal does not have (a mistyped link, an old bookmark), inside the normal page with its menu. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("portal-page");
        setId("page-not-found");
        add(new H2("Page not found"));
        add(new Paragraph("There is no page at this address. If you typed it, check it; if you followed a link, the "
                + "page may have moved. The menu has everything you can use."));
        add(new Anchor("", "Back to your home page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
