import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
await ctx.route('https://example.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<html><body>x</body></html>' }));
const page = await ctx.newPage();
await page.goto('https://example.test/');
const SIZE = Number(process.argv[2] || 4096);
const w = await page.evaluate(async (SIZE) => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onupgradeneeded = () => { r.result.createObjectStore('s'); r.result.createObjectStore('b'); }; r.onsuccess = () => res(r.result); r.onerror = rej; });
  const n = 16_000_000 / SIZE;
  const t0 = performance.now();
  for (let b = 0; b < n; b += 256) {
    const tx = db.transaction('s', 'readwrite');
    for (let i = b; i < Math.min(n, b + 256); i++) { const a = new Int32Array(SIZE); a.fill(i); tx.objectStore('s').put(a, i); }
    await new Promise((res) => (tx.oncomplete = res));
  }
  const t1 = performance.now();
  const arr = new Int32Array(16_000_000);
  const tx = db.transaction('b', 'readwrite'); tx.objectStore('b').put({ x: new Blob([arr]) }, 1);
  await new Promise((res) => (tx.oncomplete = res));
  const t2 = performance.now();
  db.close();
  return { pagesWrite: t1 - t0, blobWrite: t2 - t1 };
}, SIZE);
console.log(JSON.stringify(w));
for (let run = 0; run < 3; run++) {
  const p2 = await ctx.newPage();
  await p2.goto('https://example.test/?' + run);
  const r = await p2.evaluate(async (SIZE) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onsuccess = () => res(r.result); r.onerror = rej; });
    let s = performance.now();
    const all = await new Promise((res) => { const q = db.transaction('s').objectStore('s').getAll(); q.onsuccess = () => res(q.result); });
    const out = new Int32Array(all.length * SIZE); let o = 0; for (const a of all) { out.set(a, o); o += a.length; }
    const pagesMs = performance.now() - s;
    s = performance.now();
    const rec = await new Promise((res) => { const q = db.transaction('b').objectStore('b').get(1); q.onsuccess = () => res(q.result); });
    const buf = new Int32Array(await rec.x.arrayBuffer());
    const blobMs = performance.now() - s;
    return { pagesMs, blobMs, n: all.length };
  }, SIZE);
  console.log(SIZE, JSON.stringify(r));
  await p2.close();
}
await ctx.close();
