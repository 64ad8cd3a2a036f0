import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/**
 * <portal-process-diagram>: draws a BPMN diagram (bpmn-js viewer, MIT-style bpmn.io licence) from the XML the server
 * puts in its "xml" property, and marks the steps in its "current" property (a JSON array of element ids) as where
 * the record is now. Light DOM, so bpmn-js's own styles apply. The server always shows the same information as text
 * beside it, so the picture is never the only way to read it.
 */
class PortalProcessDiagram extends HTMLElement {

  connectedCallback() {
    for (const name of ['xml', 'current']) {
      // Flow may set a property before this element is upgraded; take it over from the plain object.
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._viewer) {
      this.style.display = 'block';
      this._viewer = new NavigatedViewer({ container: this });
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
    }
  }

  set xml(value) {
    this._xml = value;
    this._draw();
  }

  get xml() {
    return this._xml;
  }

  set current(value) {
    this._current = typeof value === 'string' ? JSON.parse(value) : value;
    this._draw();
  }

  get current() {
    return this._current;
  }

  async _draw() {
    if (!this._viewer || !this._xml) {
      return;
    }
    try {
      await this._viewer.importXML(this._xml);
      const canvas = this._viewer.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      const registry = this._viewer.get('elementRegistry');
      for (const id of this._current || []) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'portal-current-step');
        }
      }
      this.dispatchEvent(new CustomEvent('diagram-drawn'));
    } catch (e) {
      this.setAttribute('data-error', String(e && e.message ? e.message : e));
    }
  }
}

if (!customElements.get('portal-process-diagram')) {
  customElements.define('portal-process-diagram', PortalProcessDiagram);
}
