import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { LISTING_SITE_MATCHES } from '@/lib/sites';

// Sites we only mark listings on (Google Scholar, DBLP): no site adapter, the generic reader only.
export default defineContentScript({
  matches: LISTING_SITE_MATCHES,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector([])),
});
