/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { validateContentDir } from './src/domain/content/files.ts';
import { formatProblems } from './src/domain/content/validate.ts';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

// Invalid content must never reach users: the build stops with the same message the content test gives.
function validateContentPlugin(): Plugin {
  return {
    name: 'validate-content',
    buildStart() {
      const result = validateContentDir(contentDir);
      if (!result.ok) {
        this.error(`Invalid content in content/:\n${formatProblems(result.problems)}`);
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths and hash routes: dist/ works from any static host, under any sub-path,
  // with deep links and refresh, and with no server configuration.
  base: './',
  plugins: [react(), validateContentPlugin()],
  build: {
    manifest: true,
    target: 'es2022',
    // The results chunk carries the chart library (about 130 kB gzip) and loads only with the first chart.
    chunkSizeWarningLimit: 600,
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
  test: {
    environment: 'jsdom',
    include: ['test/{domain,components,content}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    benchmark: {
      include: ['test/bench/**/*.bench.ts'],
    },
  },
});
