import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/ensure-browser.mjs';

// Debian's Chromium, with the flags that work on these machines (see ../shared/STYLE.md).
const executablePath = findChromium();
// PW_PORT lets two checkouts on one machine run their browser tests at the same time.
const port = Number(process.env['PW_PORT'] ?? 4173);

export default defineConfig({
  testDir: './test',
  testMatch: '**/*.e2e.ts',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npm run build:site && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
