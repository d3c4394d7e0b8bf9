import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { PUBLISHER_SITES } from '@/lib/detect/families/publishers';
import { PUBLISHER_SITE_MATCHES } from '@/lib/sites';

// Paper indexes and publishers (Semantic Scholar, ACM, IEEE, Springer, Nature, ScienceDirect, bioRxiv, PubMed, PMC).
export default defineContentScript({
  matches: PUBLISHER_SITE_MATCHES,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector(PUBLISHER_SITES)),
});
