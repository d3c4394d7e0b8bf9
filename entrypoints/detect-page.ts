import { reportPage } from '@/lib/content/report';
import { detect } from '@/lib/detect';

// Injected with activeTab + scripting when the popup opens on a page without the content
// script: any page, so every site adapter comes along.
export default defineUnlistedScript(() => {
  void reportPage({ detect });
});
