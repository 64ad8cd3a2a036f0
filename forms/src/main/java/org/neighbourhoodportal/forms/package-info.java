/**
 * User-task forms: Camunda Forms (form-js JSON, as Camunda Modeler writes them) read into a small immutable model,
 * and the server-side check of what a user submits.
 *
 * <p>However a form is drawn in the browser, {@link org.neighbourhoodportal.forms.FormValidator} decides what is
 * accepted: only the rules the form declares, only the keys it declares, only the options it offers. The reader
 * refuses anything in a form it could not enforce here, so a form that asks for more than this module understands
 * fails its test instead of being half-checked at runtime.
 *
 * <p>Plain Java and Jackson only: no Spring, no Vaadin, no engine. The portal renders from {@link
 * org.neighbourhoodportal.forms.FormDefinition} and caches what it loads.
 */
package org.neighbourhoodportal.forms;
