// npm run size: gzipped sizes of the embed (loader, live chunk) and of the app, as a browser downloads them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

// The tag an author adds loads only the loader; the live chunk comes once per page, when a widget is near.
const loader = 'dist/embed/kafka-sim.js';
const embed = 'dist/embed/kafka-sim.live.js';
console.log(`embed loader ${loader}: ${kb(statSync(loader).size)} raw, ${kb(gz(loader))} gzipped (goal: within 5 KB gzipped)`);
const embedRaw = statSync(embed).size;
const embedGz = gz(embed);
console.log(`embed live chunk ${embed} (loaded once per page, on demand): ${kb(embedRaw)} raw, ${kb(embedGz)} gzipped (goal: within 150 KB gzipped)`);
console.log(`  + dist/embed/kafka-sim.poster.css (the posters' stylesheet, one per page): ${kb(gz('dist/embed/kafka-sim.poster.css'))} gzipped`);

// Each language's text, loaded by the widget on demand (src/i18n/text-source.embed.ts).
for (const f of readdirSync('dist/embed').filter((f) => /\.text\.\w+\.js$/.test(f))) {
  console.log(`  + dist/embed/${f} (loaded on demand): ${kb(gz(join('dist/embed', f)))} gzipped`);
}

const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js') || f.endsWith('.css'));
const total = assets.reduce((sum, f) => sum + gz(join('dist/assets', f)), 0);
console.log(`app and pages dist/assets (${assets.length} files): ${kb(total)} gzipped in all`);
for (const f of assets) console.log(`  ${f}: ${kb(gz(join('dist/assets', f)))} gzipped`);
if (embedGz > 150 * 1024 || gz(loader) > 5 * 1024) process.exitCode = 1;
