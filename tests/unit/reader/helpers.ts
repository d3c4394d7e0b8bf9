/** Test helpers for the reader: text layers shaped like pdf.js's. */

/** A text layer as pdf.js's TextLayer builds it: a span per item, a <br> after each line end. */
export function textLayerOf(items: Array<{ str: string; hasEOL: boolean }>, parent: Element = document.body): HTMLDivElement {
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const item of items) {
    if (item.str) {
      const span = document.createElement('span');
      span.textContent = item.str;
      layer.append(span);
    }
    if (item.hasEOL) layer.append(document.createElement('br'));
  }
  parent.append(layer);
  return layer;
}

