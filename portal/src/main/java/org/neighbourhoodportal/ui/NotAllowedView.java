package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.neighbourhoodportal.security.NotAllowedException;

/** What a person sees when a record is not theirs to see: the same words as for one that does not exist. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<NotAllowedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowedException> parameter) {
        removeAll();
        addClassName("portal-page");
        add(new H2("Not available"));
        add(new Paragraph(parameter.getException().getMessage()));
        add(new Anchor("", "Back to your home page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
