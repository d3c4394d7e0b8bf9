import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { ARXIV_SITES } from '@/lib/detect/families/arxiv';
import { ARXIV_SITE_MATCHES } from '@/lib/sites';

// arXiv and its mirrors. Other pages are scanned on demand through activeTab (entrypoints/detect-page.ts).
export default defineContentScript({
  matches: ARXIV_SITE_MATCHES,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector(ARXIV_SITES)),
});
