import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built site works from any sub-path of a static host.
  base: './',
  server: { port: 5173 },
  build: {
    rollupOptions: {
      // The app, the iframe form of the widget, and the demo article; the embed script is its own build.
      input: { main: 'index.html', embed: 'embed.html', demo: 'demo/index.html' },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    // Bounds, not measurements: CI and a developer's machine may run this under full load, where a
    // jsdom render of the whole simulator can take seconds; a hung test still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
