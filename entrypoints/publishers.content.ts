import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { PUBLISHER_SITES } from '@/lib/detect/families/publishers';
import { SITE_FAMILIES } from '@/lib/sites';

// Paper indexes and publishers (Semantic Scholar, ACM, IEEE, Springer, Nature, ScienceDirect, bioRxiv, PubMed, PMC).
export default defineContentScript({
  matches: SITE_FAMILIES.publishers,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector(PUBLISHER_SITES)),
});
