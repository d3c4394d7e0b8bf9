import { reportPage } from '@/lib/content/report';
import { PAPER_SITE_MATCHES } from '@/lib/sites';

// Known paper sites only (explicit list, no <all_urls>); other pages are scanned on demand
// through activeTab by entrypoints/detect-page.ts.
export default defineContentScript({
  matches: PAPER_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    void reportPage();
  },
});
