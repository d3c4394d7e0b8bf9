/**
 * Reading text out of page markup. `textContent` alone is wrong for paper pages: LaTeXML
 * headings carry `\thanks` footnotes and MathML (whose TeX annotation would be read twice),
 * and arXiv headings start with a `Title:` label.
 */

// Footnotes, affiliation marks, labels and non-text elements are not part of a title or name.
const SKIP_TAG_NAMES = ['script', 'style', 'template', 'sup', 'annotation', 'annotation-xml'];
const SKIP_CLASS_NAMES = ['ltx_note', 'ltx_role_footnote', 'descriptor'];
const SKIP_TAGS = new Set(SKIP_TAG_NAMES);
const SKIP_CLASSES = new RegExp(`(?:^|\\s)(?:${SKIP_CLASS_NAMES.join('|')})(?:\\s|$)`);

// Tested by tag and class attribute rather than `matches()` with a selector list, which
// costs more than the rest of the walk (listing pages read hundreds of titles).
function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || SKIP_CLASSES.test(el.getAttribute('class') ?? '');
}

// Everything the walk below treats specially; an element holding none of these reads as its
// `textContent`, which the browser computes natively (listing pages read hundreds of titles,
// most of them plain text, while the content script's code is still cold).
const SPECIAL = [...SKIP_TAG_NAMES, 'math', ...SKIP_CLASS_NAMES.map((c) => `.${c}`)].join(',');

/** The readable text of an element: skipped parts left out, MathML replaced by its TeX `alttext`. */
export function readableText(root: Element): string {
  if (root.firstElementChild === null || root.querySelector(SPECIAL) === null) return root.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (skipped(el)) continue;
      if (el.localName === 'math') parts.push(` ${el.getAttribute('alttext') ?? ''} `);
      else walk(el);
    }
  };
  walk(root);
  return parts.join('');
}

/** Author names from the LaTeXML author block; affiliations (after a line break) and marks are left out. */
export function latexmlAuthors(doc: Document): string[] {
  const names: string[] = [];
  for (const person of Array.from(doc.querySelectorAll('.ltx_authors .ltx_personname'))) {
    // The first line of a person block holds the name(s); later lines are affiliations and emails.
    const firstLine = readableTextSplitAtMarks(person);
    for (const part of firstLine) {
      for (const name of part.split(/\s*(?:,|;|&|\band\b)\s*/)) {
        if (looksLikeName(name)) names.push(name.trim());
      }
    }
  }
  return names;
}

// Several authors often share one block, separated only by their affiliation marks (`<sup>`).
function readableTextSplitAtMarks(person: Element): string[] {
  const segments: string[] = [''];
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) segments[segments.length - 1] += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.localName === 'br' || el.matches('.ltx_break, .ltx_contact, .ltx_role_affiliation')) return false;
      if (el.matches('sup, .ltx_note')) segments.push('');
      else if (!skipped(el) && !walk(el)) return false;
    }
    return true;
  };
  walk(person);
  return segments;
}

// Names are a few words of letters; anything with digits, `@` or many words is an affiliation.
function looksLikeName(text: string): boolean {
  const name = text.trim();
  const words = name.split(/\s+/).length;
  return name.length >= 3 && name.length <= 100 && words >= 2 && words <= 6 && !/[\d@(){}[\]<>]/.test(name);
}
