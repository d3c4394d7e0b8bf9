import { exposeHighlightUi } from '@/lib/content/highlighter/ui';

// The highlight toolbar, injected by the background into a paper page's content-script world
// the first time the user selects text there (keeps the always-injected content script small).
export default defineUnlistedScript(() => {
  exposeHighlightUi();
});
