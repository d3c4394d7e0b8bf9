/** bioRxiv and medRxiv (`/content/10.1101/…v2`, `.full`, `.abstract`, PDF `.full.pdf`): the DOI is in the URL. */
import { citationSite } from '../citation-site';
import { firstMeta } from '../meta';
import type { Location } from '../page-ref';
import { cleanAbstract } from '../sanitize';
import { WITH_TEST_URLS } from '../types';

const PATH =
  /^\/content\/(10\.1101\/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,8})(v\d+)?(\.full\.pdf|\.full|\.abstract|\.full-text|\.article-info|\.article-metrics)?(?:\+html)?\/?$/;

// The PDF link of the head (citation_pdf_url) names the posting date instead of the DOI.
const EARLY_PDF = /^\/content\/(?:bio|med)rxiv\/early\/\d{4}\/\d{2}\/\d{2}\/((?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,8})\.full\.pdf$/;

function locate(url: URL): Location | null {
  const early = EARLY_PDF.exec(url.pathname);
  if (early) return { ids: { doi: `10.1101/${early[1]}` }, kind: 'pdf' };
  const m = PATH.exec(url.pathname);
  if (!m?.[1]) return null;
  const doi = m[1];
  if (m[3] === '.full.pdf') return { ids: { doi }, kind: 'pdf' };
  return { ids: { doi }, kind: 'abstract', pdfUrl: `${url.origin}/content/${doi}${m[2] ?? ''}.full.pdf` };
}

/** bioRxiv and medRxiv preprints and their PDFs. */
export const biorxiv = citationSite({
  name: 'biorxiv',
  hosts: ['www.biorxiv.org', 'biorxiv.org', 'www.medrxiv.org', 'medrxiv.org'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://www.biorxiv.org/content/10.1101/2022.07.20.500902v3',
        'https://www.biorxiv.org/content/10.1101/2022.07.20.500902v3.full.pdf',
        'https://www.biorxiv.org/content/biorxiv/early/2022/12/21/2022.07.20.500902.full.pdf',
        'https://www.medrxiv.org/content/10.1101/2020.04.08.20058479v1.full',
      ]
    : [],
  locate,
  // citation_abstract holds escaped markup (`<p>…</p>`); DC.Description has the same text plain.
  finish(ref, map) {
    if (ref.abstract?.startsWith('<')) ref.abstract = cleanAbstract(firstMeta(map, ['dc.description'])) ?? ref.abstract;
    return ref;
  },
});
