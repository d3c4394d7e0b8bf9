import DOMPurify from 'dompurify';
import { marked } from 'marked';

let hooked = false;

/**
 * A note's Markdown as sanitised HTML for the preview. The note is the user's own text,
 * but it may hold pasted HTML: DOMPurify drops scripts, handlers and unsafe URLs, and links
 * open in a new tab without access to this page.
 */
export function renderMarkdown(note: string): string {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  const html = marked.parse(note, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}
