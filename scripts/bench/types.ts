/** The shapes every benchmark module returns, so `npm run bench` can print them alike. */

/** One measured figure, with the budget it must stay under when there is one. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
}

/** A titled group of rows from one benchmark module. */
export interface BenchSection {
  title: string;
  rows: BenchRow[];
  notes?: string[];
}
