import { CONTENT_SCRIPT_OPTIONS, startContentScript } from '@/lib/content/start';
import { createDetector } from '@/lib/detect/detector';
import { REVIEW_SITES } from '@/lib/detect/families/reviews';
import { REVIEW_SITE_MATCHES } from '@/lib/sites';

// Reviewing and proceedings sites (OpenReview, ACL Anthology, NeurIPS, PMLR, CVF, JMLR).
export default defineContentScript({
  matches: REVIEW_SITE_MATCHES,
  ...CONTENT_SCRIPT_OPTIONS,
  main: (ctx) => startContentScript(ctx, createDetector(REVIEW_SITES)),
});
