import { startListMarks } from '@/lib/content/list-marks';
import { LIST_MARKS_GLOBAL, type ListMarksUi } from '@/lib/content/list-marks-loader';

// Listing readers and marks, injected by the background into a listing page's content-script
// world when the content script finds itself on one (lib/content/list-marks-loader.ts).
export default defineUnlistedScript(() => {
  const ui: ListMarksUi = { startListMarks };
  (globalThis as Record<string, unknown>)[LIST_MARKS_GLOBAL] = ui;
});
