import { build } from 'esbuild';
import { chromium } from 'playwright-core';
const ENTRY = `
import { openDatabase } from './lib/db/database';
import { importCatalogue } from './lib/db/catalogue-import';
import { fileChunks } from './lib/ui/catalogue-file';
globalThis.benchImport = async () => {
  const file = document.querySelector('input').files[0];
  const db = openDatabase('x'); await db.open();
  const start = performance.now();
  const row = await importCatalogue(db, fileChunks(file), { format: 'arxiv-jsonl', fileName: file.name });
  return { ms: performance.now() - start, start, t: globalThis.__t };
};`;
const bundle = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await context.route('https://bench.marginalia.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><input type="file"><script>${script}</script>` }));
const page = await context.newPage();
await page.goto('https://bench.marginalia.invalid/');
await page.setInputFiles('input', process.argv[2]);
const r = await page.evaluate(() => globalThis.benchImport());
let prev = r.start;
console.log('total', (r.ms/1000).toFixed(1));
for (const [name, t] of r.t) { console.log(name, ((t - prev)/1000).toFixed(2)); prev = t; }
await browser.close();
