import { startHighlighter } from '@/lib/content/highlighter';
import { watchForListings } from '@/lib/content/list-marks-loader';
import { reportPage } from '@/lib/content/report';
import { redetectOnNavigation } from '@/lib/content/spa';
import { PAPER_SITE_MATCHES } from '@/lib/sites';

// Known paper sites only (explicit list, no <all_urls>); other pages are scanned on demand
// through activeTab by entrypoints/detect-page.ts.
export default defineContentScript({
  matches: PAPER_SITE_MATCHES,
  runAt: 'document_idle',
  // WXT also announces each start to the page with window.postMessage (kept only for older WXT
  // versions, which we never mix): measured at ≈6 ms of main-thread time on every paper page,
  // and the page has no business hearing from us. Its document event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void reportPage();
    redetectOnNavigation(ctx);
    watchForListings(ctx);
    startHighlighter(ctx);
  },
});
