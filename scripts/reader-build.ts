/**
 * What the PDF reader adds to the build (wxt.config.ts calls these from its hooks):
 * manifest entries, and pdf.js's data files copied from node_modules into /pdfjs/.
 * Kept out of wxt.config.ts so that the reader's needs sit in one place.
 */
import { dirname, join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'wxt/browser';

/** The manifest as WXT hands it to the build hook. */
export type ReaderManifest = Browser.runtime.Manifest;

/**
 * Adds the reader's manifest entries:
 * - `declarativeNetRequestWithHostAccess`: the auto-open redirect, on the paper sites the
 *   extension already has access to (no new install warning);
 * - reader.html web-accessible from any page: a redirected link click is only followed when
 *   the page it came from may load the reader (Chrome shows an error page otherwise);
 * - any https/http site as an optional host permission, asked for when a PDF elsewhere is opened.
 */
export function addReaderManifest(manifest: ReaderManifest, manifestVersion: 2 | 3): void {
  const add = (list: string[] | undefined, items: string[]) => [...new Set([...(list ?? []), ...items])];
  manifest.permissions = add(manifest.permissions, ['declarativeNetRequestWithHostAccess']);
  // Written in MV3's form; WXT converts it for MV2 after this hook.
  const resources = (manifest.web_accessible_resources ?? []) as Browser.runtime.ManifestV3['web_accessible_resources'] & object;
  manifest.web_accessible_resources = [...resources, { resources: ['reader.html'], matches: ['<all_urls>'] }];
  const anySite = ['https://*/*', 'http://*/*'];
  // MV2 (Firefox) has no optional_host_permissions: hosts go with the optional permissions.
  if (manifestVersion === 3) manifest.optional_host_permissions = add(manifest.optional_host_permissions, anySite);
  else manifest.optional_permissions = add(manifest.optional_permissions as string[] | undefined, anySite) as typeof manifest.optional_permissions;
}

/** pdf.js's data folders the reader loads on demand (lib/reader/pdfjs.ts). */
const PDFJS_FOLDERS = ['cmaps', 'standard_fonts', 'wasm'];

/** The pdf.js data files as WXT public files under pdfjs/<folder>/. */
export function pdfjsAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return PDFJS_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder)).map((file) => ({ absoluteSrc: join(root, folder, file), relativeDest: `pdfjs/${folder}/${file}` })),
  );
}
