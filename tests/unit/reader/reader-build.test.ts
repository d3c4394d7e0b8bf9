import { describe, expect, it } from 'vitest';
import { addReaderManifest, pdfjsAssets, type ReaderManifest } from '@/scripts/reader-build';

const base = (): ReaderManifest => ({ manifest_version: 3, name: 'M', version: '1', permissions: ['storage'] });

describe('the reader in the build', () => {
  it('adds the redirect permission, the web-accessible reader and optional hosts (MV3)', () => {
    const manifest = base();
    addReaderManifest(manifest, 3);
    expect(manifest.permissions).toEqual(['storage', 'declarativeNetRequestWithHostAccess']);
    expect(manifest).toMatchObject({
      web_accessible_resources: [{ resources: ['reader.html'], matches: ['<all_urls>'] }],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
    });
  });

  it('puts optional hosts with the optional permissions for MV2 (Firefox)', () => {
    const manifest = { ...base(), manifest_version: 2 } as ReaderManifest;
    addReaderManifest(manifest, 2);
    expect(manifest).toMatchObject({ optional_permissions: ['https://*/*', 'http://*/*'] });
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  it('copies pdf.js character maps, standard fonts and decoders', () => {
    const files = pdfjsAssets().map((f) => f.relativeDest);
    expect(files).toEqual(expect.arrayContaining(['pdfjs/standard_fonts/FoxitSerif.pfb', 'pdfjs/wasm/openjpeg.wasm', 'pdfjs/cmaps/Adobe-Japan1-UCS2.bcmap']));
  });
});
