import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { SITE_FAMILIES } from '@/lib/sites';

// Sites we only mark listings on (Google Scholar, DBLP): no site adapter, the generic reader only.
export default defineContentScript({
  matches: SITE_FAMILIES.listings,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector([])),
});
