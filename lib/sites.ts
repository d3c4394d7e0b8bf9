// Google Scholar serves its results on Google's country domains as well, and sends many
// users outside the US there: the domains of the countries that publish most research.
// (The calls below are marked pure, like PAPER_SITE_MATCHES, so that content scripts drop them.)
const SCHOLAR_DOMAINS = /* @__PURE__ */ (
  'com co.uk ie ca com.au co.nz co.in com.pk com.bd com.sg com.my co.id co.th com.vn com.ph com.hk com.tw co.jp co.kr ' +
  'de at ch fr be nl lu es pt it gr dk se no fi is pl cz sk hu ro bg si hr rs ee lv lt com.ua ru kz ' +
  'com.tr co.il ae com.sa com.eg co.za com.ng co.ke com.br com.ar cl com.mx com.co com.pe'
).split(' ');

/** Google Scholar's hosts: `scholar.google.com` and its country domains. */
export const SCHOLAR_HOSTS: readonly string[] = /* @__PURE__ */ SCHOLAR_DOMAINS.map((domain) => `scholar.google.${domain}`);

/** arXiv and its mirrors (lib/detect/families/arxiv.ts). */
export const ARXIV_SITE_MATCHES: string[] = [
  'https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*',
  'https://huggingface.co/papers*', 'https://www.alphaxiv.org/*', 'https://alphaxiv.org/*',
  'https://ar5iv.labs.arxiv.org/*', 'https://ar5iv.org/*', 'https://scirate.com/*',
];

/** Reviewing and proceedings sites (lib/detect/families/reviews.ts). */
export const REVIEW_SITE_MATCHES: string[] = [
  'https://openreview.net/*', 'https://aclanthology.org/*',
  'https://papers.nips.cc/*', 'https://papers.neurips.cc/*', 'https://proceedings.neurips.cc/*',
  'https://proceedings.mlr.press/*', 'https://openaccess.thecvf.com/*', 'https://jmlr.org/*', 'https://www.jmlr.org/*',
];

/** Paper indexes and publishers (lib/detect/families/publishers.ts). */
export const PUBLISHER_SITE_MATCHES: string[] = [
  'https://www.semanticscholar.org/*', 'https://pdfs.semanticscholar.org/*',
  'https://dl.acm.org/*', 'https://ieeexplore.ieee.org/*', 'https://link.springer.com/*', 'https://www.nature.com/*',
  'https://www.sciencedirect.com/*', 'https://www.biorxiv.org/*', 'https://www.medrxiv.org/*',
  'https://pubmed.ncbi.nlm.nih.gov/*', 'https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/pmc/*',
];

/** Listing-only sites (lib/detect/listings/): no site adapter, the generic reader only. */
export const LISTING_SITE_MATCHES: string[] = /* @__PURE__ */ SCHOLAR_HOSTS.map((host) => `https://${host}/*`).concat(
  'https://dblp.org/*',
  'https://dblp.uni-trier.de/*',
);

/**
 * Sites whose pages get a content script and whose requests the service worker may make.
 * Kept explicit (never <all_urls>): other pages are reached through activeTab only. Each
 * family of sites has its own content script (entrypoints/*.content.ts), which carries the
 * detection code of those sites alone: a content script is compiled on every page it enters,
 * so each imports its own family's list above, not this object (which would bring every list).
 */
export const SITE_FAMILIES = {
  arxiv: ARXIV_SITE_MATCHES,
  reviews: REVIEW_SITE_MATCHES,
  publishers: PUBLISHER_SITE_MATCHES,
  listings: LISTING_SITE_MATCHES,
};

/** Every site the content scripts run on. */
// Marked pure so that a content script, which imports its own list only, drops this and the others.
export const PAPER_SITE_MATCHES: string[] = /* @__PURE__ */ Object.values(SITE_FAMILIES).flat();
