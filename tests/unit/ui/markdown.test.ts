import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/ui/markdown';

// DOMPurify cannot be checked under happy-dom: its node iterator stops after the first node
// DOMPurify removes, so nothing after it is sanitised there. That scripts, handlers and
// javascript: links are dropped is checked in real Chromium (tests/e2e/library.e2e.ts).
describe('renderMarkdown', () => {
  it('renders the note as Markdown', () => {
    const div = document.createElement('div');
    div.innerHTML = renderMarkdown('Intro.\n\n## Key idea\n\nSelf-attention **only**, see `code`.\n\n- one\n- two');
    expect(div.querySelector('h2')?.textContent).toBe('Key idea');
    expect(div.querySelector('strong')?.textContent).toBe('only');
    expect(div.querySelector('code')?.textContent).toBe('code');
    expect(div.querySelectorAll('li')).toHaveLength(2);
  });
});
