import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { PAPER_SITE_MATCHES } from './lib/sites';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

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
  webExt: {
    startUrls: ['https://arxiv.org/abs/2411.11927'],
    // Debian's /usr/bin/chromium is a wrapper that adds an empty --load-extension=, which
    // would drop the extension: use the real binary when there is no Chrome.
    ...(existsSync(DEBIAN_CHROMIUM) && !process.env.CHROME_PATH ? { binaries: { chrome: DEBIAN_CHROMIUM } } : {}),
    // Chromium refuses to run as root without this (containers, CI machines).
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
  },
});
