/**
 * A link back to a highlighted passage: the page URL with a text fragment
 * (`#:~:text=prefix-,start,end,-suffix`, which Chromium browsers scroll to and mark), or
 * `#page=N` for a passage of a PDF.
 */
import type { Highlight } from '../paper';

// Fragment directive values must escape the characters the syntax uses (`-`, `,`, `&`).
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

const words = (s: string) => s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

/** Quotes longer than this many words are linked by their first and last words. */
const LONG = 10;
const ENDS = 4;
const CONTEXT = 3;

/** The URL that shows the highlight in its page, or the page itself when there is nothing to point at. */
export function passageUrl(highlight: Highlight): string {
  const source = highlight.target.source;
  const page = highlight.target.selector.find((s) => s.type === 'PageSelector');
  if (page) return `${source.replace(/#.*$/, '')}#page=${page.index + 1}`;
  const quote = highlight.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const exact = quote ? words(quote.exact) : [];
  if (exact.length === 0) return source;
  const parts: string[] = [];
  const prefix = words(quote!.prefix).slice(-CONTEXT).join(' ');
  const suffix = words(quote!.suffix).slice(0, CONTEXT).join(' ');
  if (prefix) parts.push(`${encode(prefix)}-`);
  if (exact.length > LONG) parts.push(encode(exact.slice(0, ENDS).join(' ')), encode(exact.slice(-ENDS).join(' ')));
  else parts.push(encode(exact.join(' ')));
  if (suffix) parts.push(`-${encode(suffix)}`);
  const [base, hash = ''] = source.split('#');
  return `${base}#${hash}:~:text=${parts.join(',')}`;
}
