/** arXiv and the sites that mirror its papers: what the content script on their pages detects with. */
import type { SiteAdapter } from '../types';
import { alphaxiv } from '../sites/alphaxiv';
import { ar5iv } from '../sites/ar5iv';
import { arxiv } from '../sites/arxiv';
import { huggingface } from '../sites/huggingface';
import { scirate } from '../sites/scirate';

/** Adapters for arXiv and its mirrors (hosts: lib/sites.ts SITE_FAMILIES.arxiv). */
export const ARXIV_SITES: readonly SiteAdapter[] = [arxiv, huggingface, alphaxiv, ar5iv, scirate];
