// Regenerates the bundled catalogue (public/catalogues/hf-trending-papers.json) from the
// saved page in ../shared/catalogue. The project builds from the committed JSON; this
// script is only needed when the saved page changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTrendingPage } from '../lib/catalogue/hf-trending';

const input = resolve(process.argv[2] ?? '../shared/catalogue/hf-trending-papers.txt');
const output = resolve(process.argv[3] ?? 'public/catalogues/hf-trending-papers.json');
const catalogue = parseTrendingPage(readFileSync(input, 'utf8'), {
  id: 'hf-trending',
  name: 'Hugging Face trending papers (Mar 11)',
  source: 'https://huggingface.co/papers/trending',
});
writeFileSync(output, JSON.stringify(catalogue, null, 1) + '\n');
console.log(`${catalogue.papers.length} papers -> ${output}`);
