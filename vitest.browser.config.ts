import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the tests that drive a real browser (Debian's Chromium at
// /usr/bin/chromium). They fail, never skip, when the browser is missing.
export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    typecheck: { enabled: false },
  },
});
