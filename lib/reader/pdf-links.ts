/**
 * Which addresses are paper PDFs: the context menu's link patterns, and the sites whose
 * PDFs the reader opens automatically when the setting is on. Pure data and predicates;
 * each list carries the URLs it must accept, as the site adapters do.
 */

/**
 * Match patterns for the context menu's `targetUrlPatterns`: links ending in `.pdf`, and the
 * PDF addresses of sites that serve them without the extension (arXiv, OpenReview).
 */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*',
  '*://arxiv.org/pdf/*', '*://www.arxiv.org/pdf/*', '*://export.arxiv.org/pdf/*',
  '*://openreview.net/pdf*',
];

/**
 * The PDF addresses opened in the reader automatically (RE2 syntax, as declarativeNetRequest
 * wants; JavaScript reads them alike). The same shapes the site adapters read ids from.
 * Each compiled rule must stay under 2 KB in Chrome, so patterns avoid counted repetition.
 */
export const AUTO_OPEN_PATTERNS: ReadonlyArray<{ site: string; regex: string; testUrls: string[] }> = [
  {
    site: 'arXiv',
    regex: '^https?://(www\\.|export\\.)?arxiv\\.org/pdf/[^?#]+',
    testUrls: ['https://arxiv.org/pdf/2411.11927', 'https://arxiv.org/pdf/2411.11927v1.pdf', 'https://arxiv.org/pdf/math.GT/0309136v1'],
  },
  {
    site: 'OpenReview',
    regex: '^https://openreview\\.net/pdf\\?(?:[^#]*&)?id=[^&#]+',
    testUrls: ['https://openreview.net/pdf?id=YicbFdNTTy'],
  },
  {
    site: 'ACL Anthology',
    regex: '^https://aclanthology\\.org/[^/?#]+\\.pdf',
    testUrls: ['https://aclanthology.org/N19-1423.pdf', 'https://aclanthology.org/2022.findings-emnlp.12v2.pdf'],
  },
  {
    site: 'NeurIPS',
    // No {32}: counted repetition blows RE2's 2 KB budget for a rule (Chrome skips the rule).
    regex: '^https://(papers|proceedings)\\.(nips|neurips)\\.cc/paper(_files/paper)?/[0-9]+/file/[0-9a-f]+-Paper[\\w-]*\\.pdf',
    testUrls: ['https://proceedings.neurips.cc/paper_files/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf'],
  },
  {
    site: 'PMLR',
    regex: '^https://proceedings\\.mlr\\.press/[vr]\\d+/[\\w-]+/[\\w-]+\\.pdf',
    testUrls: ['https://proceedings.mlr.press/v139/radford21a/radford21a.pdf'],
  },
  {
    site: 'CVF',
    regex: '^https://openaccess\\.thecvf\\.com/content[\\w/-]*/papers/[\\w.-]+_paper\\.pdf',
    testUrls: [
      'https://openaccess.thecvf.com/content_cvpr_2016/papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf',
      'https://openaccess.thecvf.com/content/CVPR2023W/VAND/papers/Smith_Anomaly_Things_CVPRW_2023_paper.pdf',
    ],
  },
];

/** Whether the reader opens this address automatically (when the setting is on). */
export function isAutoOpenPdf(url: string): boolean {
  return AUTO_OPEN_PATTERNS.some((p) => new RegExp(p.regex).test(url));
}

/** Whether an address looks like a PDF (for the popup's "Read with highlights" on a PDF tab). */
export function looksLikePdf(url: string): boolean {
  return isAutoOpenPdf(url) || /^https?:\/\/[^#?]+\.pdf(?:[?#]|$)/i.test(url);
}
