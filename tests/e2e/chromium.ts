import { existsSync } from 'node:fs';

// /usr/bin/chromium on Debian is a wrapper script that adds an empty --load-extension=,
// which would unload ours; the real binary lives under /usr/lib/chromium.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to drive, from CHROMIUM_PATH or the usual Debian places; undefined if none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
