import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The embed script as one self-contained file (React included), built after the site into
// dist/embed/. React would otherwise ship its development build: NODE_ENV is fixed here.
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/kafka-sim.ts',
      formats: ['iife'],
      name: 'KafkaSimEmbed',
      fileName: () => 'kafka-sim.js',
    },
  },
});
