/**
 * Zoom levels of the reader: fixed steps for +/-, and "fit width" computed from the
 * window. Scale 1 shows a page at its size in CSS pixels (1 PDF point = 1 px, as pdf.js's
 * viewport counts; pdf.js's own viewer calls 100% 4/3 of that). Pure.
 */

/** The zoom: a fixed scale, or whatever makes the widest page fill the available width. */
export type Zoom = { mode: 'fit-width' } | { mode: 'scale'; scale: number };

/** The scales +/- step through. */
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
/** Smallest scale: a page a third of the window wide. */
export const MIN_SCALE = 0.5;
/** Largest scale: beyond it a canvas grows to hundreds of megabytes. */
export const MAX_SCALE = 4;

const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** The scale that fits a page `pageWidth` points wide into `available` pixels (margins included by the caller). */
export function fitWidthScale(pageWidth: number, available: number): number {
  if (!(pageWidth > 0) || !(available > 0)) return 1;
  return clamp(Math.floor((available / pageWidth) * 100) / 100);
}

/** The next step up (or down) from a scale that may lie between steps. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const eps = 1e-3;
  if (direction > 0) return ZOOM_STEPS.find((s) => s > scale + eps) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - eps) ?? MIN_SCALE;
}

/** The scale a zoom means, given the fit-width scale of the moment. */
export function scaleOf(zoom: Zoom, fitScale: number): number {
  return zoom.mode === 'fit-width' ? fitScale : clamp(zoom.scale);
}

/** A zoom as a percentage label. */
export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
