import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { PAPER_SITE_MATCHES } from './lib/sites';
import { addReaderManifest, pdfjsAssets } from './scripts/reader-build';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Marginalia',
    description:
      'Recognise research papers as you browse, match them against catalogues, and keep tags, notes and highlights.',
    // contextMenus: "Highlight with Marginalia" on selected text (lib/background/highlight-triggers.ts).
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage', 'contextMenus'],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
    },
    // The arXiv API answers PDF pages' metadata; it is fetched from the service worker.
    host_permissions: PAPER_SITE_MATCHES,
    action: { default_title: 'Marginalia' },
  },
  // The PDF reader: auto-open redirect permission, web-accessible reader.html, optional hosts,
  // and pdf.js's data files (scripts/reader-build.ts says why each is there).
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => addReaderManifest(manifest, wxt.config.manifestVersion),
    'build:publicAssets': (_wxt, files) => void files.push(...pdfjsAssets()),
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
