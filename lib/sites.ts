/**
 * Sites whose pages get the content script and whose requests the service worker may
 * make. Kept explicit (never <all_urls>): other pages are reached through activeTab only.
 */
export const PAPER_SITE_MATCHES = ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://export.arxiv.org/*'];
