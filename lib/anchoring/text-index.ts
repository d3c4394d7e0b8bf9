/**
 * A text-position index over a DOM subtree: the concatenated text of its visible text
 * nodes, and where each node starts in it. Built once per page state and shared by many
 * anchors, because walking a 30,000-word page for each of 500 highlights is far too slow.
 */

// Text that is never read as page text: code, styles, and MathML's TeX source annotations
// (LaTeXML pages carry one per formula; it is not displayed, so it must not be quoted).
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'head', 'annotation', 'annotation-xml']);

// Node type numbers, so that this also runs where DOM globals are not installed (benchmarks).
const ELEMENT = 1;
const TEXT = 3;

function skipped(el: Element): boolean {
  return SKIPPED.has(el.localName) || el.hasAttribute('data-marginalia-ui');
}

/** The text nodes of `root` in document order, skipping script, style and other unread text. */
export function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  if (root.nodeType === TEXT) return [root as Text];
  let node: Node | null = root.firstChild;
  // An explicit walk: faster than a TreeWalker with a JS filter on large pages.
  while (node) {
    if (node.nodeType === TEXT) out.push(node as Text);
    else if (node.nodeType === ELEMENT && node.firstChild && !skipped(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

/** The text of a subtree with the start offset of every text node in it. */
export class TextIndex {
  /** The indexed text nodes in document order. */
  nodes: Text[] = [];
  /** `starts[i]` is where `nodes[i]` begins in `text`; one extra entry holds the total length. */
  starts: number[] = [0];
  /** All indexed text, concatenated: what TextPositionSelector offsets count in. */
  text = '';
  /** Node to index, built when a boundary first needs it. */
  private where: Map<Text, number> | null = null;

  constructor(readonly root: Node) {
    this.build();
  }

  /** Re-reads the subtree (after the page changed). */
  build(): void {
    this.replace(textNodesOf(this.root));
  }

  /** Takes a new node list whose concatenated text is the page text (after splitting nodes). */
  replace(nodes: Text[], starts?: number[]): void {
    this.nodes = nodes;
    this.where = null;
    if (starts) {
      this.starts = starts;
      return;
    }
    const parts: string[] = [];
    this.starts = [0];
    let total = 0;
    for (const node of nodes) {
      parts.push(node.data);
      total += node.data.length;
      this.starts.push(total);
    }
    this.text = parts.join('');
  }

  /** Index of the node containing text position `pos`: the last node starting at or before it. */
  nodeAt(pos: number, preferEnd = false): number {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // For an end boundary, a node starting exactly at `pos` holds none of the range.
      if (preferEnd ? this.starts[mid]! < pos : this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether node `i` still holds what the index thinks it does (our own marks split nodes). */
  private fresh(i: number): boolean {
    const node = this.nodes[i];
    if (!node || node.length !== this.starts[i + 1]! - this.starts[i]!) return false;
    // An ancestor walk, O(depth): contains() is O(subtree) in some DOMs.
    let up: Node | null = node;
    while (up && up !== this.root) up = up.parentNode;
    return up === this.root;
  }

  /** A Range over text positions [start, end), re-reading the subtree once if it went stale. */
  rangeFor(start: number, end: number): Range | null {
    for (let attempt = 0; attempt < 2; attempt++) {
      const i = this.nodeAt(start);
      const j = this.nodeAt(end, true);
      if (this.fresh(i) && this.fresh(j)) {
        const range = this.document().createRange();
        range.setStart(this.nodes[i]!, Math.min(this.nodes[i]!.length, Math.max(0, start - this.starts[i]!)));
        range.setEnd(this.nodes[j]!, Math.min(this.nodes[j]!.length, Math.max(0, end - this.starts[j]!)));
        return range;
      }
      if (this.nodes.length === 0) return null;
      this.build();
    }
    return null;
  }

  private document(): Document {
    return this.root.ownerDocument ?? (this.root as Document);
  }

  /**
   * The text position of a DOM boundary point: how many indexed characters precede it.
   * Works for points in elements and in unindexed text (binary search by document order).
   */
  positionOf(container: Node, offset: number): number {
    for (let attempt = 0; ; attempt++) {
      try {
        // Usually the point is in an indexed text node: found directly, no tree comparisons.
        const known = (this.where ??= new Map(this.nodes.map((n, k) => [n, k]))).get(container as Text);
        if (known !== undefined && this.fresh(known)) return this.starts[known]! + offset;
        const i = this.firstNodeFrom(container, offset);
        // A node split or moved since indexing would give a wrong count: re-read once.
        if (attempt > 0 || ((i === 0 || this.fresh(i - 1)) && (i === this.nodes.length || this.fresh(i)))) {
          return i > 0 && this.nodes[i - 1] === container ? this.starts[i - 1]! + offset : this.starts[i]!;
        }
      } catch (error) {
        if (attempt > 0) throw error;
      }
      this.build();
    }
  }

  /** Index of the first node whose start is at or after a boundary point, by binary search. */
  private firstNodeFrom(container: Node, offset: number): number {
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startsAtOrAfter(this.nodes[mid]!, container, offset)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** Whether text node `n` starts at or after the boundary point (container, offset), in document order. */
function startsAtOrAfter(n: Text, container: Node, offset: number): boolean {
  if (n === container) return offset === 0;
  const isParent = container.nodeType === ELEMENT || container.nodeType === 9 || container.nodeType === 11;
  if (!isParent) return (container.compareDocumentPosition(n) & FOLLOWING) !== 0;
  const child = container.childNodes[offset];
  // The point sits just before `child`, or at the very end of `container`.
  if (child) return n === child || (child.compareDocumentPosition(n) & FOLLOWING) !== 0;
  const where = container.compareDocumentPosition(n);
  return (where & FOLLOWING) !== 0 && (where & CONTAINED_BY) === 0;
}

/** Anything anchoring can work on: a subtree (indexed on the spot) or a ready index. */
export type AnchorRoot = Node | TextIndex;

/** The index for a root: the one given, or a fresh one. */
export function indexFor(root: AnchorRoot): TextIndex {
  return root instanceof TextIndex ? root : new TextIndex(root);
}
