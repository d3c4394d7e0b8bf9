/**
 * A deterministic synthetic library for the library-page benchmark: papers with real-sized
 * abstracts (about 150 words from a Zipf vocabulary of 20,000 words, as wide as a real
 * field's), authors, tags, statuses, notes on some, and highlights of 15–40 words with a
 * comment on a third of them.
 */
import { aliasesOf } from '../../lib/aliases';
import { HIGHLIGHT_COLORS, READING_STATUSES, type Highlight, type LibraryEntry } from '../../lib/paper';
import { prng, titleGenerator, VOCABULARY } from './syntheticTitles';

const SYLLABLES = 'ka lo mi ra ten vo su pe ni da lu shi ro fe ga ti no be zu ma ce ri pa so ke de'.split(' ');
const FIRST = 'Anna Wei Jun Maria Ahmed Olga Ravi Sofia Lukas Yuki Chen Priya Tom Elena Kwame Sara Ivan Mei Omar Lea'.split(' ');
const TAGS = 'nlp vision rl theory to-discuss survey diffusion llm robotics graphs audio benchmark reread cite'.split(' ');
const SITES = ['https://arxiv.org/abs/', 'https://openreview.net/forum?id=', 'https://aclanthology.org/'];

/** A Zipf sampler over a list (weight 1 / (rank + 1)). */
function zipf<T>(list: readonly T[], random: () => number): () => T {
  const cumulative = new Float64Array(list.length);
  let total = 0;
  for (let r = 0; r < list.length; r++) cumulative[r] = total += 1 / (r + 1);
  return () => {
    const u = random() * total;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return list[lo] as T;
  };
}

/** The generated library. */
export interface SyntheticLibrary {
  papers: LibraryEntry[];
  highlights: Highlight[];
}

/** Generates `paperCount` papers and `highlightCount` highlights spread unevenly over them. */
export function syntheticLibrary(paperCount: number, highlightCount: number, seed = 7): SyntheticLibrary {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const vocabulary = [...VOCABULARY.map((w) => w.toLowerCase())];
  for (let i = 0; vocabulary.length < 20_000; i++) {
    const n = 2 + (i % 3);
    let w = '';
    for (let s = 0; s < n; s++) w += pick(SYLLABLES);
    vocabulary.push(w);
  }
  const word = zipf(vocabulary, random);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const title = titleGenerator(seed);
  const start = Date.UTC(2022, 0, 1);
  const papers: LibraryEntry[] = [];
  for (let i = 0; i < paperCount; i++) {
    const t = `${title()} ${i}`;
    const arxiv = `${22 + (i % 3)}${String(1 + (i % 12)).padStart(2, '0')}.${String(i).padStart(5, '0')}`;
    const status = pick(READING_STATUSES);
    const addedAt = start + Math.floor(random() * 3 * 365 * 86_400_000);
    const statusDates: LibraryEntry['statusDates'] = { 'to-read': addedAt };
    if (status !== 'to-read') statusDates.reading = addedAt + 86_400_000;
    if (status === 'read') statusDates.read = addedAt + Math.floor(random() * 60) * 86_400_000;
    papers.push({
      id: `paper-${i}`,
      aliases: aliasesOf({ ids: { arxiv }, title: t }),
      title: t,
      authors: Array.from({ length: 1 + Math.floor(random() * 6) }, () => `${pick(FIRST)} ${pick(SYLLABLES)}${pick(SYLLABLES)}`),
      year: 2015 + Math.floor(random() * 11),
      ...(random() < 0.4 ? { venue: pick(['NeurIPS', 'ICML', 'ICLR', 'ACL', 'CVPR', 'EMNLP']) } : {}),
      abstract: `${sentence(150)}.`,
      ids: { arxiv },
      url: `${pick(SITES)}${arxiv}`,
      status,
      statusDates,
      tags: random() < 0.6 ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TAGS)))] : [],
      note: random() < 0.2 ? `## Notes\n\n${sentence(60)}` : '',
      addedAt,
      updatedAt: addedAt,
    });
  }
  // Skewed, as in real libraries: some papers have a hundred highlights, most none.
  const paperOf = () => papers[Math.floor(paperCount * random() ** 1.5)] as LibraryEntry;
  const highlights: Highlight[] = [];
  for (let i = 0; i < highlightCount; i++) {
    const paper = paperOf();
    const exact = sentence(15 + Math.floor(random() * 25));
    highlights.push({
      id: `hl-${i}`,
      paperId: paper.id,
      target: {
        source: paper.url,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: sentence(5), suffix: sentence(5) },
          { type: 'TextPositionSelector', start: i * 10, end: i * 10 + exact.length },
        ],
      },
      color: pick(HIGHLIGHT_COLORS),
      comment: random() < 0.33 ? sentence(12) : '',
      createdAt: paper.addedAt + 1000,
      updatedAt: paper.addedAt + 1000,
    });
  }
  return { papers, highlights };
}
