/**
 * Code that runs inside library.html for the Chromium benchmark (passed to page.evaluate,
 * so self-contained: no imports, no closures).
 */

/** One keystroke: the input event's own work, and the time until its results were shown. */
export interface KeyTiming {
  text: string;
  input: number;
  results: number;
}

/** Types each text into the search box one character at a time, timing every keystroke. */
export async function typeAndTime(texts: string[]): Promise<KeyTiming[]> {
  const box = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
  const status = document.querySelector<HTMLElement>('[data-testid="library-status"]')!;
  // React tracks the value it set: going through the native setter makes the event count.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const answered = async (text: string) => {
    while (status.dataset.answered !== text || status.getAttribute('aria-busy') !== 'false') {
      await new Promise((r) => requestAnimationFrame(r));
    }
  };
  const out: KeyTiming[] = [];
  for (const text of texts) {
    setValue.call(box, '');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await answered('');
    for (let i = 1; i <= text.length; i++) {
      const typed = text.slice(0, i);
      const start = performance.now();
      setValue.call(box, typed);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const input = performance.now() - start;
      await answered(typed);
      out.push({ text: typed, input, results: performance.now() - start });
    }
  }
  return out;
}
