import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
await ctx.route('https://example.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<html><body>x</body></html>' }));
const page = await ctx.newPage();
await page.goto('https://example.test/');
const SIZE = Number(process.argv[2] || 4096);
await page.evaluate(async (SIZE) => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => res(r.result); r.onerror = rej; });
  const n = 16_000_000 / SIZE;
  for (let b = 0; b < n; b += 256) {
    const tx = db.transaction('s', 'readwrite');
    for (let i = b; i < Math.min(n, b + 256); i++) { const a = new Int32Array(SIZE); a.fill(i); tx.objectStore('s').put(a, i); }
    await new Promise((res) => (tx.oncomplete = res));
  }
  db.close();
}, SIZE);
for (let run = 0; run < 3; run++) {
  const p2 = await ctx.newPage();
  await p2.goto('https://example.test/?' + run);
  const r = await p2.evaluate(async (SIZE) => {
    const n = 16_000_000 / SIZE;
    const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onsuccess = () => res(r.result); r.onerror = rej; });
    const rounds = [];
    for (let k = 0; k < 6; k++) {
      const s = performance.now();
      const st = db.transaction('s').objectStore('s');
      const reads = [];
      for (let j = 0; j < 30; j++) { const key = Math.floor(Math.random() * n); reads.push(new Promise((res) => { const q = st.get(key); q.onsuccess = () => res(q.result); })); }
      await Promise.all(reads);
      rounds.push(+(performance.now() - s).toFixed(2));
    }
    return { rounds };
  }, SIZE);
  console.log(SIZE, JSON.stringify(r));
  await p2.close();
}
await ctx.close();
