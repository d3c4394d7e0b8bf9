/** The domain types shared by detection, matching, the library and the UI. */

/** Identifiers a paper may carry; every value is canonical (arXiv id without version, DOI lower-cased). */
export interface PaperIds {
  arxiv?: string;
  doi?: string;
  openreview?: string;
  acl?: string;
  /** Semantic Scholar paper id (40 hex digits, as in its URLs and pdfs.semanticscholar.org). */
  s2?: string;
  /** PubMed id and PubMed Central id (`PMC…`). */
  pmid?: string;
  pmcid?: string;
  /** IEEE Xplore article number (`arnumber`). */
  ieee?: string;
  /** Elsevier/ScienceDirect PII. */
  pii?: string;
  /** Proceedings keys that name one paper on its site and in its PDF URL: NeurIPS hash,
   * PMLR `v139/radford21a`, CVF `He_Deep_Residual_Learning_CVPR_2016`, JMLR `v15/srivastava14a`. */
  neurips?: string;
  pmlr?: string;
  cvf?: string;
  jmlr?: string;
}

/** Which kind of page a PaperRef was read from. */
export type PageKind = 'abstract' | 'html' | 'pdf' | 'other';

/** What detection extracts from one page: serialisable, never trusted HTML. */
export interface PaperRef {
  ids: PaperIds;
  /** arXiv version seen on the page (`v2`); informative only, never part of identity. */
  version?: string;
  title?: string;
  authors: string[];
  year?: number;
  venue?: string;
  abstract?: string;
  pdfUrl?: string;
  url: string;
  /** Short site name, e.g. `arxiv`, `generic`. */
  site: string;
  kind: PageKind;
}

/** A link found in a catalogue entry (code repository, project page…). */
export interface CatalogueLink {
  url: string;
  kind: 'code' | 'project' | 'other';
}

/** One paper of a curated catalogue: read-only reference data. */
export interface CatalogueEntry {
  /** Stable within its catalogue: derived from the normalised title where no id exists. */
  id: string;
  title: string;
  abstract?: string;
  authors?: string[];
  year?: number;
  ids?: PaperIds;
  links: CatalogueLink[];
}

/** A catalogue file, the format every catalogue (bundled or imported) uses. */
export interface Catalogue {
  format: 'marginalia-catalogue';
  formatVersion: 1;
  id: string;
  name: string;
  source?: string;
  papers: CatalogueEntry[];
}

/** Reading status of a paper in the user's list. */
export type ReadingStatus = 'to-read' | 'reading' | 'read';

/** All reading statuses in the order the UI offers them. */
export const READING_STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];

/** Human labels for reading statuses. */
export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

/** A paper in the user's own list: the user's data, never to be lost. */
export interface LibraryEntry {
  id: string;
  /** Every key this paper can be found by: `arxiv:…`, `doi:…`, `title:<normalised>`. */
  aliases: string[];
  title: string;
  authors: string[];
  year?: number;
  venue?: string;
  abstract?: string;
  ids: PaperIds;
  url: string;
  pdfUrl?: string;
  status: ReadingStatus;
  /** When each status was last entered (epoch ms). */
  statusDates: Partial<Record<ReadingStatus, number>>;
  tags: string[];
  /** Markdown. */
  note: string;
  addedAt: number;
  updatedAt: number;
}

/** W3C Web Annotation text-quote selector: the exact text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation text-position selector: offsets into the root's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Which page of a PDF a highlight is on (0-based), for the PDF reader. */
export interface PageSelector {
  type: 'PageSelector';
  index: number;
}

/** Any selector a highlight target may carry. */
export type Selector = TextQuoteSelector | TextPositionSelector | PageSelector;

/** Highlight colours, the first being the default. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** A highlight colour name. */
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A passage the user marked, stored as a W3C Web Annotation target. */
export interface Highlight {
  id: string;
  /** The LibraryEntry it belongs to. */
  paperId: string;
  /** Where it was made: `source` is the page (or PDF) URL. */
  target: { source: string; selector: Selector[] };
  color: HighlightColor;
  comment: string;
  createdAt: number;
  updatedAt: number;
}
