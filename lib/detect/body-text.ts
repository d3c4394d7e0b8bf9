/** Small readers for what sites show in the page body when their head says too little. */
import { readableText } from './dom-text';
import { cleanAbstract, cleanTitle } from './sanitize';

/** The readable, cleaned text of the first element matching `selector`. */
export function textOf(doc: Document | Element, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  return el ? cleanTitle(readableText(el)) : undefined;
}

/** A `<title>` without the site's name (`Title | OpenReview`, `Paper page - Title`). */
export function documentTitle(doc: Document, strip: RegExp[]): string | undefined {
  let title = doc.title;
  for (const pattern of strip) title = title.replace(pattern, '');
  return cleanTitle(title);
}

/** The paragraph(s) after a heading that reads "Abstract", as many sites lay out their pages. */
export function abstractAfterHeading(doc: Document, headings = 'h2, h3, h4'): string | undefined {
  for (const heading of Array.from(doc.querySelectorAll(headings)).slice(0, 50)) {
    if (heading.textContent?.trim().toLowerCase() !== 'abstract') continue;
    const parts: string[] = [];
    for (let el = heading.nextElementSibling; el && !el.matches(headings); el = el.nextElementSibling) {
      parts.push(readableText(el));
      if (parts.length > 20) break;
    }
    return cleanAbstract(parts.join(' '));
  }
  return undefined;
}
