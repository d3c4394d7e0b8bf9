/**
 * The small chip that marks a listed paper as in your list (with its status) or in a
 * catalogue. It lives in an open shadow root, so the page's CSS cannot restyle it nor its
 * scripts find it by class; its host is absolutely positioned at its static place (just
 * after the title's text), so adding or removing it never moves the page's own layout.
 */
import type { ListLookup } from '../messaging';
import { STATUS_LABELS } from '../paper';

/** The host element's tag: a custom-element name, so no page style for spans or divs reaches it. */
export const MARK_TAG = 'marginalia-mark';

// `:host` rules marked important win over the page's rules for the host (inner context wins
// for important declarations), so no style attribute is needed, which a strict CSP would block.
const CSS = `:host{all:initial!important;position:absolute!important;display:inline!important;z-index:10!important}
span{display:inline-block;margin-left:6px;padding:0 6px;border:1px solid #54aeff;border-radius:8px;
font:600 11px/16px system-ui,sans-serif;white-space:nowrap;max-width:16em;overflow:hidden;text-overflow:ellipsis;
vertical-align:top;color:#0a3069;background:#ddf4ff}
span[data-in-list]{color:#116329;background:#dafbe1;border-color:#4ac26b}
@media (prefers-color-scheme:dark){span{color:#cae8ff;background:#0c2d6b;border-color:#1f6feb}
span[data-in-list]{color:#aff5b4;background:#033a16;border-color:#2ea043}}`;

const hosts = new WeakMap<Element, HTMLElement>();
// One constructed stylesheet per document, shared by every chip: parsed once, and CSSOM
// (not an inline <style>), so a page's CSP does not apply to it.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (!sheets.has(doc)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      sheet = Sheet ? new Sheet() : null;
      sheet?.replaceSync(CSS);
    } catch {
      sheet = null; // Browsers without constructable sheets in content scripts get a <style> per chip.
    }
    sheets.set(doc, sheet);
  }
  return sheets.get(doc) ?? null;
}

function chipText(answer: ListLookup): { text: string; title: string } {
  const catalogue = answer.catalogueName ? `in catalogue “${answer.catalogueName}”` : '';
  if (answer.inList) {
    const status = answer.status ? STATUS_LABELS[answer.status] : 'Saved';
    return { text: `✓ ${status}`, title: `Marginalia: in your list (${status})${catalogue ? `, ${catalogue}` : ''}` };
  }
  return { text: answer.catalogueName ?? '', title: `Marginalia: ${catalogue}` };
}

function createHost(doc: Document): { host: HTMLElement; chip: HTMLElement } {
  const host = doc.createElement(MARK_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  try {
    if (!sheet) throw new Error('no constructable sheet');
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  const chip = doc.createElement('span');
  chip.setAttribute('data-testid', 'list-mark');
  root.append(chip);
  return { host, chip };
}

/** Shows, updates or removes the mark after `title` for one lookup answer; all text goes in as text. */
export function renderMark(title: Element, answer: ListLookup): void {
  let host = hosts.get(title);
  if (!answer.inList && !answer.catalogueName) {
    host?.remove();
    hosts.delete(title);
    return;
  }
  let chip = (host?.shadowRoot?.lastElementChild as HTMLElement | null | undefined) ?? null;
  if (!host || !chip) {
    ({ host, chip } = createHost(title.ownerDocument));
    hosts.set(title, host);
  }
  const { text, title: tooltip } = chipText(answer);
  chip.textContent = text;
  chip.setAttribute('title', tooltip);
  chip.setAttribute('data-status', answer.inList ? (answer.status ?? 'saved') : 'catalogue');
  chip.toggleAttribute('data-in-list', answer.inList);
  if (host.parentNode !== title) title.append(host);
}

/** Whether a node is one of our mark hosts (their insertion must not trigger another scan). */
export function isMarkHost(node: Node): boolean {
  return node.nodeName.toLowerCase() === MARK_TAG;
}
