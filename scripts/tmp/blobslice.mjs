import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
await ctx.route('https://example.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<html><body>x</body></html>' }));
const page = await ctx.newPage();
await page.goto('https://example.test/');
await page.evaluate(async () => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => res(r.result); r.onerror = rej; });
  const arr = new Int32Array(16_000_000); for (let i = 0; i < arr.length; i++) arr[i] = i;
  const tx = db.transaction('s', 'readwrite');
  tx.objectStore('s').put({ a: new Blob([arr]), b: new Blob([arr.subarray(0, 2_000_000)]), v: 'x'.repeat(200000) }, 1);
  await new Promise((res) => (tx.oncomplete = res));
  db.close();
});
for (let run = 0; run < 3; run++) {
  const p2 = await ctx.newPage();
  await p2.goto('https://example.test/?' + run); await p2.evaluate((s) => { globalThis.SLICE = s; }, Number(process.argv[2]));
  const r = await p2.evaluate(async () => {
    const t0 = performance.now();
    const db = await new Promise((res, rej) => { const r = indexedDB.open('t', 1); r.onsuccess = () => res(r.result); r.onerror = rej; });
    const t1 = performance.now();
    const rec = await new Promise((res) => { const q = db.transaction('s').objectStore('s').get(1); q.onsuccess = () => res(q.result); });
    const t2 = performance.now();
    const rounds = [];
    for (let k = 0; k < 5; k++) {
      const s = performance.now();
      const reads = [];
      for (let j = 0; j < 30; j++) { const off = Math.floor(Math.random() * 3900) * 16384 + 4; reads.push(rec.a.slice(off, off + Number(globalThis.SLICE)).arrayBuffer()); }
      const bufs = await Promise.all(reads);
      rounds.push(+(performance.now() - s).toFixed(2));
    }
    const s1 = performance.now(); await rec.a.slice(4096, 4096+64).arrayBuffer(); const single = performance.now() - s1;
    const s2 = performance.now(); const whole = await rec.b.arrayBuffer(); const wholeMs = performance.now() - s2;
    return { open: t1 - t0, get: t2 - t1, rounds, single, whole8MB: wholeMs };
  });
  console.log(JSON.stringify(r));
  await p2.close();
}
await ctx.close();
