import type { MarginaliaDB } from '../db/database';
import type { Result } from '../messaging';
import { arxivApiUrl, parseArxivAtom, type ArxivMetadata } from './atom';

/** How long the arXiv API gets before the user is told metadata is unavailable. */
export const ARXIV_TIMEOUT_MS = 8000;

/** Fetches and parses one paper's metadata from the arXiv API; every failure is a value. */
export async function fetchArxivMetadata(
  id: string,
  fetchFn: typeof fetch,
  timeoutMs = ARXIV_TIMEOUT_MS,
): Promise<Result<ArxivMetadata>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(arxivApiUrl(id), { signal: controller.signal });
    if (!response.ok) return { ok: false, error: `The arXiv API answered ${response.status}.` };
    const meta = parseArxivAtom(await response.text());
    if (!meta || meta.id !== id) return { ok: false, error: 'The arXiv API did not return this paper.' };
    return { ok: true, value: meta };
  } catch (error) {
    const aborted = error instanceof Error && error.name === 'AbortError';
    return { ok: false, error: aborted ? 'The arXiv API did not answer in time.' : 'The arXiv API could not be reached (offline?).' };
  } finally {
    clearTimeout(timer);
  }
}

/** Returns cached metadata for an arXiv id, fetching it once if absent. Failures are not cached. */
export async function arxivMetadata(
  db: MarginaliaDB,
  id: string,
  fetchFn: typeof fetch,
  now: () => number,
): Promise<Result<ArxivMetadata>> {
  const cached = await db.arxivMeta.get(id);
  if (cached) {
    const { fetchedAt: _fetchedAt, ...meta } = cached;
    return { ok: true, value: meta };
  }
  const result = await fetchArxivMetadata(id, fetchFn);
  if (result.ok) await db.arxivMeta.put({ ...result.value, fetchedAt: now() });
  return result;
}
