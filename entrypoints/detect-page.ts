import { reportPage } from '@/lib/content/report';

// Injected with activeTab + scripting when the popup opens on a page without the content script.
export default defineUnlistedScript(() => {
  void reportPage();
});
