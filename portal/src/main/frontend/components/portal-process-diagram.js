import Viewer from 'bpmn-js/lib/Viewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/**
 * <portal-process-diagram>: draws a BPMN diagram (bpmn-js viewer, MIT-style bpmn.io licence) from the XML the server
 * puts in its "xml" property, and marks the steps in its "current" property (a JSON array of element ids) as where
 * the record is now. Light DOM, so bpmn-js's own styles apply. The server always shows the same information as text
 * beside it, so the picture is never the only way to read it.
 *
 * Readable on a phone: the diagram is never shrunk below READABLE_ZOOM to fit; a wider one is drawn at that size in an
 * inner box and the element scrolls sideways (the browser's own scrolling, by touch, trackpad or keyboard: the plain
 * viewer takes no wheel or drag of its own), opened at the step the record is at now. Its height fits the drawing.
 */
const READABLE_ZOOM = 0.85;
const MARGIN = 24;
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
      this._inner = document.createElement('div');
      this._inner.className = 'portal-process-diagram-inner';
      this.appendChild(this._inner);
      this._viewer = new Viewer({ container: this._inner });
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
      this._inner.remove();
      this._inner = null;
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
      const registry = this._viewer.get('elementRegistry');
      const marked = (this._current || []).map((id) => registry.get(id)).filter(Boolean);
      for (const element of marked) {
        canvas.addMarker(element.id, 'portal-current-step');
      }
      this._fit(canvas, marked);
      this.dispatchEvent(new CustomEvent('diagram-drawn'));
    } catch (e) {
      this.setAttribute('data-error', String(e && e.message ? e.message : e));
    }
  }

  /** Fits the width when that keeps the labels readable; else draws at READABLE_ZOOM, scrolled to the current step. */
  _fit(canvas, marked) {
    const drawing = canvas.viewbox().inner;
    const available = Math.max(this.clientWidth, 200);
    const fit = (available - 2 * MARGIN) / drawing.width;
    const zoom = Math.min(Math.max(fit, READABLE_ZOOM), 1.2);
    const width = Math.max(available, Math.ceil(drawing.width * zoom + 2 * MARGIN));
    const height = Math.ceil(drawing.height * zoom + 2 * MARGIN);
    this._inner.style.width = width + 'px';
    this._inner.style.height = height + 'px';
    canvas.resized();
    canvas.viewbox({
      x: drawing.x - (width / zoom - drawing.width) / 2,
      y: drawing.y - MARGIN / zoom,
      width: width / zoom,
      height: height / zoom,
    });
    this.toggleAttribute('data-scrolls', width > available);
    // a region that scrolls can be reached and scrolled by keyboard too (arrow keys once focused)
    if (width > available) {
      this.tabIndex = 0;
    } else {
      this.removeAttribute('tabindex');
    }
    if (width > available && marked.length) {
      const step = marked[0];
      const viewbox = canvas.viewbox();
      const centre = (step.x + step.width / 2 - viewbox.x) * zoom;
      this.scrollLeft = Math.max(0, centre - available / 2);
    }
  }
}

if (!customElements.get('portal-process-diagram')) {
  customElements.define('portal-process-diagram', PortalProcessDiagram);
}
