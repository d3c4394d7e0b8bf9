/**
 * The extension's typed settings (WXT storage items, kept in storage.local so that the
 * background, the popup and extension pages read the same value).
 */
import { storage } from 'wxt/utils/storage';

/** Open arXiv, OpenReview, ACL Anthology, NeurIPS, PMLR and CVF PDFs in the reader (off unless the user turns it on). */
export const autoOpenReader = storage.defineItem<boolean>('local:autoOpenReader', { fallback: false });
