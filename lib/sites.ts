/**
 * Sites whose pages get a content script and whose requests the service worker may make.
 * Kept explicit (never <all_urls>): other pages are reached through activeTab only. Each
 * family of sites has its own content script (entrypoints/*.content.ts), which carries the
 * detection code of those sites alone: a content script is compiled on every page it enters.
 */
export const SITE_FAMILIES = {
  // arXiv and its mirrors (lib/detect/families/arxiv.ts)
  arxiv: [
    'https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*',
    'https://huggingface.co/papers*', 'https://www.alphaxiv.org/*', 'https://alphaxiv.org/*',
    'https://ar5iv.labs.arxiv.org/*', 'https://ar5iv.org/*', 'https://scirate.com/*',
  ],
  // reviewing and proceedings sites (lib/detect/families/reviews.ts)
  reviews: [
    'https://openreview.net/*', 'https://aclanthology.org/*',
    'https://papers.nips.cc/*', 'https://papers.neurips.cc/*', 'https://proceedings.neurips.cc/*',
    'https://proceedings.mlr.press/*', 'https://openaccess.thecvf.com/*', 'https://jmlr.org/*', 'https://www.jmlr.org/*',
  ],
  // indexes and publishers (lib/detect/families/publishers.ts)
  publishers: [
    'https://www.semanticscholar.org/*', 'https://pdfs.semanticscholar.org/*',
    'https://dl.acm.org/*', 'https://ieeexplore.ieee.org/*', 'https://link.springer.com/*', 'https://www.nature.com/*',
    'https://www.sciencedirect.com/*', 'https://www.biorxiv.org/*', 'https://www.medrxiv.org/*',
    'https://pubmed.ncbi.nlm.nih.gov/*', 'https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/pmc/*',
  ],
  // listing-only sites (lib/detect/listings/): no site adapter, the generic reader only
  listings: ['https://scholar.google.com/*', 'https://dblp.org/*', 'https://dblp.uni-trier.de/*'],
};

/** Every site the content scripts run on. */
export const PAPER_SITE_MATCHES: string[] = Object.values(SITE_FAMILIES).flat();
