package org.neighbourhoodportal.ui;

import com.vaadin.flow.component.Component;
import org.neighbourhoodportal.directory.AccessProfile;

/**
 * Something a feature puts in the header beside the signed-in person's name (the notifications bell). A Spring bean;
 * the shell asks each for a fresh component per page layout, so the shell needs to know none of them (and the
 * features below it keep depending on the shell, not the other way round).
 */
public interface HeaderItem {

    /** A new component for this person's header. */
    Component create(AccessProfile me);
}
