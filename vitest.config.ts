import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Component tests drive real user events over fake-indexeddb; on a loaded 2-core
    // machine a few take seconds, which is no failure of the code under test.
    testTimeout: 60_000,
  },
});
