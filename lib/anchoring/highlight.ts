/**
 * Drawing highlights into the page: text nodes are wrapped in
 * `<mark data-marginalia-highlight="<id>">` (the test contract) that change nothing but the
 * background colour. Overlapping highlights nest; removing one unwraps it.
 */
import type { HighlightColor } from '../paper';
import { MARK_ATTRIBUTE } from './mark-attribute';
import { TextIndex } from './text-index';

/** The attribute naming a mark's highlight id (kept in ./mark-attribute.ts for the content script). */
export { MARK_ATTRIBUTE };

/** Mark backgrounds: translucent, so that they read on light and dark pages alike. */
export const HIGHLIGHT_CSS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 213, 0, 0.42)',
  green: 'rgba(64, 200, 110, 0.36)',
  blue: 'rgba(70, 150, 255, 0.34)',
  pink: 'rgba(255, 95, 165, 0.34)',
  purple: 'rgba(160, 110, 255, 0.36)',
};

// Pages style <mark> (padding, colour, fonts); ours must not move a single glyph.
const NEUTRAL =
  'display:inline!important;margin:0!important;padding:0!important;border:0!important;font:inherit!important;' +
  'color:inherit!important;vertical-align:baseline!important;position:static!important;';
const SELECTOR = 'mark[data-marginalia-highlight]';
const RULES = Object.entries(HIGHLIGHT_CSS)
  .map(([color, bg], i) => `${SELECTOR}${i ? `[data-marginalia-color=${color}]` : ''}{${i ? '' : NEUTRAL}background-color:${bg}!important}`)
  .join('');

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Installs the marks' stylesheet in a document (once; again if the page dropped it), so that
 * each mark carries only attributes: a style parse per mark made drawing hundreds of highlights
 * slow. A constructed sheet is CSSOM, which page CSPs allow. False where that is unsupported.
 */
function markSheet(doc: Document): boolean {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(RULES);
      sheets.set(doc, sheet);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

// Containers where an inline <mark> would be invalid or make a box: their white space is left alone.
const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select']);

/** One highlight to draw at text positions of an index. */
export interface Placement {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  /** Shown on hover (the comment). */
  title?: string;
}

/** Sets a mark's colour and hover text (inline style only where the shared stylesheet cannot be used). */
export function styleMark(mark: HTMLElement, color: HighlightColor, title?: string, sheet = markSheet(mark.ownerDocument)): void {
  if (!sheet) mark.style.cssText = `${NEUTRAL}background-color:${HIGHLIGHT_CSS[color] ?? HIGHLIGHT_CSS.yellow}!important`;
  mark.setAttribute('data-marginalia-color', color);
  if (title) mark.title = title;
  else mark.removeAttribute('title');
}

function wrap(node: Node, p: Placement, sheet: boolean): HTMLElement {
  const mark = node.ownerDocument!.createElement('mark');
  mark.setAttribute(MARK_ATTRIBUTE, p.id);
  styleMark(mark, p.color, p.title, sheet);
  node.parentNode!.replaceChild(mark, node);
  mark.appendChild(node);
  return mark;
}

/** What to wrap for a text piece: the piece, the outermost MathML/SVG element holding it, or nothing. */
function wrappable(piece: Text): Node | null {
  const parent = piece.parentElement;
  if (!parent) return null;
  // HTML inside MathML or SVG does not render: the whole formula or drawing is marked instead.
  let foreign = parent.closest('math, svg');
  for (let up = foreign?.parentElement?.closest('math, svg'); up; up = up.parentElement?.closest('math, svg')) foreign = up;
  if (foreign) return foreign;
  if (/^\s*$/.test(piece.data) && (piece.data.includes('\n') || STRUCTURAL.has(parent.localName))) return null;
  return piece.length ? piece : null;
}

/** Splits the index's text nodes at every placement edge, keeping the index in step. */
function splitAt(index: TextIndex, cuts: number[]): void {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let c = 0;
  for (let i = 0; i < index.nodes.length; i++) {
    let node = index.nodes[i]!;
    let from = index.starts[i]!;
    const to = index.starts[i + 1]!;
    nodes.push(node);
    starts.push(from);
    while (c < cuts.length && cuts[c]! <= from) c++;
    while (c < cuts.length && cuts[c]! < to) {
      node = node.splitText(cuts[c]! - from);
      from = cuts[c]!;
      nodes.push(node);
      starts.push(from);
      c++;
    }
  }
  starts.push(index.text.length);
  index.replace(nodes, starts);
}

/**
 * Draws many highlights in one pass over the index (splitting each text node once), so that
 * re-anchoring hundreds of highlights stays fast. The index stays valid. Returns each id's marks.
 */
export function highlightSpans(index: TextIndex, placements: readonly Placement[]): Map<string, HTMLElement[]> {
  const cuts = [...new Set(placements.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  splitAt(index, cuts);
  const sheet = markSheet(index.root.ownerDocument ?? (index.root as Document));
  const marks = new Map<string, HTMLElement[]>();
  for (const p of placements) {
    const list: HTMLElement[] = [];
    const done = new Set<Node>();
    for (let i = index.nodeAt(p.start); i < index.nodes.length && index.starts[i]! < p.end; i++) {
      if (index.starts[i + 1]! <= p.start) continue;
      const target = wrappable(index.nodes[i]!);
      if (!target || done.has(target)) continue;
      done.add(target);
      list.push(wrap(target, p, sheet));
    }
    marks.set(p.id, list);
  }
  return marks;
}

/** Wraps the text of a range in marks for highlight `id`; returns the marks (none for an empty range). */
export function highlightRange(range: Range, id: string, color: HighlightColor, title?: string): HTMLElement[] {
  const common = range.commonAncestorContainer;
  const index = new TextIndex(common.nodeType === 3 ? common.parentNode! : common);
  const start = index.positionOf(range.startContainer, range.startOffset);
  const end = index.positionOf(range.endContainer, range.endOffset);
  if (start >= end) return [];
  return highlightSpans(index, [{ id, start, end, color, title }]).get(id) ?? [];
}

/** The marks of one highlight under `root`. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`)].filter((m) => m.getAttribute(MARK_ATTRIBUTE) === id);
}

/** Unwraps a highlight's marks and merges the text nodes they had split. */
export function removeHighlight(root: ParentNode, id: string): void {
  const parents = new Set<Node>();
  for (const mark of marksOf(root, id)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  // Only direct children are merged: a whole-subtree normalize() could be slow on big pages.
  for (const parent of parents) {
    for (let node = parent.firstChild; node; ) {
      const next: ChildNode | null = node.nextSibling;
      if (node.nodeType === 3 && next?.nodeType === 3) {
        (node as Text).appendData((next as Text).data);
        parent.removeChild(next);
      } else node = next;
    }
  }
}
