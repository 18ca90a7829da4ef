// npm run posters -- page.html…: puts each empty lesson widget's poster inside its <kafka-sim> tag
// (src/embed/poster-build.ts), in place. `--stylesheet dir/` writes the posters' stylesheet,
// kafka-sim.poster.css, into dir/ (the site build writes it beside the widget script and runs
// this on the demo article).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const at = args.indexOf('--stylesheet');
const stylesheetDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
const files = args;
if (files.length === 0 && !stylesheetDir) {
  console.error('usage: npm run posters -- page.html [more.html…]');
  process.exit(2);
}
const path = fileURLToPath(new URL('../src/embed/poster-build.ts', import.meta.url));
// Vite's server-side loader, not runnerImport: the widget's styles come in as `styles.css?inline`.
const vite = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const module = await vite.ssrLoadModule(path);
  if (stylesheetDir) writeFileSync(join(stylesheetDir, module.POSTER_STYLESHEET), module.posterStylesheet());
  for (const file of files) {
    const { html, filled } = module.fillPosters(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    console.log(`${file}: ${filled} poster${filled === 1 ? '' : 's'}`);
  }
} finally {
  await vite.close();
}
