import { defineConfig } from 'wxt';
import { PAPER_SITE_MATCHES } from './lib/sites';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Marginalia',
    description:
      'Recognise research papers as you browse, match them against catalogues, and keep tags, notes and highlights.',
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    // The arXiv API answers PDF pages' metadata; it is fetched from the service worker.
    host_permissions: PAPER_SITE_MATCHES,
    action: { default_title: 'Marginalia' },
  },
  // `npm run dev` opens the browser on a demo paper page from the bundled catalogue.
  webExt: { startUrls: ['https://arxiv.org/abs/2411.11927'] },
});
