import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type * as Catalog from './src/i18n/catalog.ts';
import type * as EmbedText from './src/i18n/text-source.embed.ts';
import type * as WidgetCss from './src/embed/widget-css.ts';

// The embed, built after the site into dist/embed/, as two files: the script an author adds,
// kafka-sim.js, a small loader with no React that defines <kafka-sim> and keeps each widget's
// poster on screen (src/embed/kafka-sim.ts), and the live chunk it loads once per page when a
// widget comes near the viewport, kafka-sim.live.js (React, engine and view; src/embed/live.ts).
// Both are classic scripts (IIFE), so they work from file:// as the text files do. React would
// otherwise ship its development build: NODE_ENV is fixed here.
//
// Its text is not in it: the catalogue (every message in both languages) is most of the script.
// The script bundles only the `embed.*` messages (src/i18n/text-source.embed.ts replaces
// text-source.ts) and this build writes every message of each language, taken from the
// catalogue itself, to kafka-sim.text.<lang>.js beside it; the widget loads its language's file
// on demand. A message file registered in src/i18n/all-messages.ts is in these files with no change here.

const textSource = fileURLToPath(new URL('src/i18n/text-source.ts', import.meta.url));
const embedTextSource = fileURLToPath(new URL('src/i18n/text-source.embed.ts', import.meta.url));

/** A stylesheet's text with its relative @import lines replaced by the files they name. */
function inlineImports(path: string): string {
  const file = fileURLToPath(new URL(path, import.meta.url));
  return readFileSync(file, 'utf8').replace(/^@import ['"](\.[^'"]+)['"];$/gm, (_, relative: string) => inlineImports(relative === '' ? path : new URL(relative, new URL(path, import.meta.url)).href));
}

function textFiles(): Plugin {
  return {
    name: 'kafka-sim-text-files',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/text-source(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === textSource ? embedTextSource : null;
    },
    async generateBundle() {
      const load = <T>(path: string) => runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'error' });
      const [{ module: catalog }, { module: embedText }] = await Promise.all([
        load<typeof Catalog>('src/i18n/catalog.ts'),
        load<typeof EmbedText>('src/i18n/text-source.embed.ts'),
      ]);
      // The stylesheet as a file too: a host whose policy is style-src 'self' allows it (src/embed/widget-css.ts).
      const { module: widgetCss } = await load<typeof WidgetCss>('src/embed/widget-css.ts');
      this.emitFile({ type: 'asset', fileName: 'kafka-sim.css', source: widgetCss.widgetCss(inlineImports('src/view/styles.css')) });
      for (const lang of catalog.LANGS) {
        const text = Object.fromEntries(Object.entries(catalog.MESSAGES).map(([key, entry]) => [key, entry[lang]]));
        this.emitFile({ type: 'asset', fileName: `kafka-sim.text.${lang}.js`, source: embedText.textFileSource(lang, text) });
      }
    },
  };
}

/**
 * The loader, a second IIFE build once the live chunk is written (a library build has one entry);
 * then the posters' stylesheet beside it and the demo article's posters (scripts/posters.mjs, in a
 * process of its own: it loads the view through Vite's server-side loader).
 */
function loader(): Plugin {
  return {
    name: 'kafka-sim-loader',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: 'dist/embed',
          emptyOutDir: false,
          copyPublicDir: false,
          lib: { entry: 'src/embed/kafka-sim.ts', formats: ['iife'], name: 'KafkaSimLoader', fileName: () => 'kafka-sim.js' },
        },
      });
      const demo = 'dist/demo/index.html';
      execFileSync(process.execPath, ['scripts/posters.mjs', '--stylesheet', 'dist/embed', ...(existsSync(demo) ? [demo] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
    },
  };
}

export default defineConfig({
  plugins: [textFiles(), react(), loader()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: {
      // The catalogue's `MESSAGES = { ...A, ...B }` is unused here, but a spread reads properties,
      // and by default a property read might run a getter, so the whole catalogue would stay.
      // Our message objects are plain data: reading them has no effect.
      treeshake: { propertyReadSideEffects: false },
    },
    lib: {
      entry: 'src/embed/live.ts',
      formats: ['iife'],
      name: 'KafkaSimEmbed',
      fileName: () => 'kafka-sim.live.js',
    },
  },
});
