/** Indexes and publishers: what the content script on their pages detects with. */
import type { SiteAdapter } from '../types';
import { acm } from '../sites/acm';
import { biorxiv } from '../sites/biorxiv';
import { ieee } from '../sites/ieee';
import { nature } from '../sites/nature';
import { pmc } from '../sites/pmc';
import { pubmed } from '../sites/pubmed';
import { sciencedirect } from '../sites/sciencedirect';
import { semanticscholar } from '../sites/semanticscholar';
import { springer } from '../sites/springer';

/** Adapters for paper indexes and publishers (hosts: lib/sites.ts SITE_FAMILIES.publishers). */
export const PUBLISHER_SITES: readonly SiteAdapter[] = [semanticscholar, acm, ieee, springer, nature, sciencedirect, biorxiv, pubmed, pmc];
