// Runs a bench on the engine built as the browser builds it: Vite bundles the bench file with the
// engine (production mode, minified, no keepNames: tsx wraps every named closure in __name(),
// which the browser build does not, and that overstated the engine by ~20%), then node runs it.
// Usage: node bench/run-built.mjs bench/engine.bench.ts [node flags are added: --expose-gc]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const entry = resolve(process.argv[2] ?? 'bench/engine.bench.ts');
const outDir = mkdtempSync(join(tmpdir(), 'kafka-sim-bench-'));
const fileName = basename(entry).replace(/\.ts$/, '.mjs');
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      // BENCH_MINIFY=0 keeps names readable for a profile (BENCH_NODE_FLAGS=--cpu-prof).
      minify: process.env.BENCH_MINIFY !== '0',
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rollupOptions: { external: [/^node:/] },
    },
  });
  const run = spawnSync(process.execPath, ['--expose-gc', ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), join(outDir, fileName)], { stdio: 'inherit', env: process.env });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
