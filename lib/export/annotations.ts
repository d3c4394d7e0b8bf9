/**
 * Highlights as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection whose first page holds every Annotation. The colour travels
 * as a CSS stylesheet plus a `styleClass` on the target, which is how the model styles
 * a segment; a PDF page is a FragmentSelector (RFC 3778) refined by the text selectors.
 */
import type { Highlight, HighlightColor, Selector } from '../paper';
import { isoTime } from './snapshot';

/** Highlight colours as CSS, in the translucent tones the reader uses. */
export const COLOR_CSS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 224, 0, 0.45)',
  green: 'rgba(60, 200, 90, 0.4)',
  blue: 'rgba(70, 150, 255, 0.35)',
  pink: 'rgba(255, 105, 180, 0.35)',
  purple: 'rgba(160, 100, 255, 0.35)',
};

type TextSelector = Exclude<Selector, { type: 'PageSelector' }>;

/** A W3C selector as JSON-LD. */
export type AnnotationSelector = TextSelector | { type: 'FragmentSelector'; conformsTo: string; value: string; refinedBy?: TextSelector };

/** One Web Annotation (the subset of the model Marginalia writes). */
export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/markdown'; purpose: 'commenting' };
  target: { type: 'SpecificResource'; source: string; styleClass: string; selector: AnnotationSelector[] };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';

/** The selectors of a highlight in W3C form: a page becomes a fragment refined by each text selector. */
export function annotationSelectors(selectors: readonly Selector[]): AnnotationSelector[] {
  const page = selectors.find((s) => s.type === 'PageSelector');
  // Web pages (nearly every highlight) need no change: the stored selectors are W3C ones.
  if (!page) return selectors as AnnotationSelector[];
  const text = selectors.filter((s): s is TextSelector => s.type !== 'PageSelector');
  if (page?.type !== 'PageSelector') return text;
  const fragment = { type: 'FragmentSelector' as const, conformsTo: PDF_FRAGMENT, value: `page=${page.index + 1}` };
  return text.length ? text.map((refinedBy) => ({ ...fragment, refinedBy })) : [fragment];
}

// The class and stylesheet of each colour, made once: an export holds a hundred thousand.
const STYLES = new Map(
  Object.entries(COLOR_CSS).map(([color, css]) => [color, { styleClass: `marginalia-${color}`, css: `.marginalia-${color} { background-color: ${css}; }` }]),
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One highlight as an Annotation; a UUID id becomes a `urn:uuid:` IRI. */
export function webAnnotation(h: Highlight): WebAnnotation {
  const id = UUID.test(h.id) ? `urn:uuid:${h.id}` : `urn:marginalia:highlight:${encodeURIComponent(h.id)}`;
  const style = STYLES.get(h.color) ?? STYLES.get('yellow')!;
  const created = isoTime(h.createdAt);
  const annotation: WebAnnotation = {
    id,
    type: 'Annotation',
    motivation: h.comment ? 'commenting' : 'highlighting',
    created,
    modified: h.updatedAt === h.createdAt ? created : isoTime(h.updatedAt),
    target: { type: 'SpecificResource', source: h.target.source, styleClass: style.styleClass, selector: annotationSelectors(h.target.selector) },
    stylesheet: { type: 'CssStylesheet', value: style.css },
  };
  if (h.comment) annotation.body = { type: 'TextualBody', value: h.comment, format: 'text/markdown', purpose: 'commenting' };
  return annotation;
}

/** The JSON-LD document of every highlight (see annotationCollection). */
export function toWebAnnotations(highlights: readonly Highlight[], now: number): string {
  return annotationCollection(highlights.map(webAnnotation), now);
}

/**
 * The JSON-LD document: an AnnotationCollection with every annotation on its first page.
 * Compact JSON: a library's highlights run to a hundred megabytes once indented.
 */
export function annotationCollection(items: WebAnnotation[], now: number): string {
  // The model asks for an IRI on the collection and on each page.
  const id = `urn:marginalia:export:${isoTime(now)}`;
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Marginalia highlights',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection)}\n`;
}
