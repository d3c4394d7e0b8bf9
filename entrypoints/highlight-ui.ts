import { exposeHighlightUi } from '@/lib/content/highlighter/ui';

// Anchoring and the highlight toolbar, injected by the background into a paper page's
// content-script world when the page has highlights or the user first selects text there
// (keeps the always-injected content script small: it is compiled on every paper page).
export default defineUnlistedScript(() => {
  exposeHighlightUi();
});
