/** Reviewing and proceedings sites: what the content script on their pages detects with. */
import type { SiteAdapter } from '../types';
import { acl } from '../sites/acl';
import { cvf } from '../sites/cvf';
import { jmlr } from '../sites/jmlr';
import { neurips } from '../sites/neurips';
import { openreview } from '../sites/openreview';
import { pmlr } from '../sites/pmlr';

/** Adapters for reviewing and proceedings sites (hosts: lib/sites.ts SITE_FAMILIES.reviews). */
export const REVIEW_SITES: readonly SiteAdapter[] = [openreview, acl, neurips, pmlr, cvf, jmlr];
