/**
 * CVF open access (`openaccess.thecvf.com`): main conferences
 * (`/content_cvpr_2016/html/KEY_paper.html`, `/content/CVPR2023/html/KEY_paper.html`) and
 * workshops (`/content/CVPR2023W/VAND/html/…`, `/content_cvpr_2016_workshops/w12/html/…`);
 * the PDF lives at the same place under `papers/` with `.pdf`. KEY names the paper in both.
 */
import { citationSite } from '../citation-site';
import { cleanAuthors } from '../sanitize';
import type { Location } from '../page-ref';
import { textOf } from '../body-text';
import { WITH_TEST_URLS } from '../types';

const PATH = /^(\/content[\w/-]*?)\/(html|papers)\/([\w.-]+)_paper\.(html|pdf)$/;

function locate(url: URL): Location | null {
  const m = PATH.exec(url.pathname);
  if (!m) return null;
  const [, folder, kind, key = '', ext] = m;
  if (kind === 'papers' && ext === 'pdf') return { ids: { cvf: key }, kind: 'pdf' };
  if (kind !== 'html' || ext !== 'html') return null;
  return { ids: { cvf: key }, kind: 'abstract', pdfUrl: `${url.origin}${folder}/papers/${key}_paper.pdf` };
}

/** CVF open access paper pages and PDFs (CVPR, ICCV, WACV and their workshops). */
export const cvf = citationSite({
  name: 'cvf',
  hosts: ['openaccess.thecvf.com'],
  testUrls: WITH_TEST_URLS
    ? [
        'https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html',
        'https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf',
        'https://openaccess.thecvf.com/content/ICCV2023/html/Kirillov_Segment_Anything_ICCV_2023_paper.html',
        'https://openaccess.thecvf.com/content/CVPR2023W/VAND/html/Smith_Anomaly_Things_CVPRW_2023_paper.html',
        'https://openaccess.thecvf.com/content/CVPR2023W/VAND/papers/Smith_Anomaly_Things_CVPRW_2023_paper.pdf',
      ]
    : [],
  locate,
  extra: (doc) => ({
    title: textOf(doc, '#papertitle'),
    authors: cleanAuthors((textOf(doc, '#authors i') ?? '').split(',')),
    abstract: textOf(doc, '#abstract'),
  }),
});
