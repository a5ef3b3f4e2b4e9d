/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { validateContentDir } from './src/build/contentFiles.ts';
import { formatProblems } from './src/domain/content/validate.ts';
import { pageGroups } from './src/build/chunks.ts';
import { contentSecurityPolicy, inlineScriptSources, insertCsp } from './src/build/csp.ts';
import { prerenderPlugin } from './src/build/prerender/plugin.ts';
import { singleFilePlugin } from './src/build/single-file.ts';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));
const publicDir = fileURLToPath(new URL('./public', import.meta.url));
const BRAND = '#1d3b63';
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

// Only the built page carries the policy: the development server's hot reload needs an inline script.
function hostedCspPlugin(): Plugin {
  return {
    name: 'hosted-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        insertCsp(
          html,
          contentSecurityPolicy({
            // The prerendered page's two small inline scripts, by hash (src/build/prerender).
            script: ["'self'", ...inlineScriptSources(html)],
            style: ["'self'"],
            img: ["'self'"],
            installable: true,
          }),
        ),
    },
  };
}

const pwa = (disable: boolean) =>
  VitePWA({
    disable,
    // Ask before switching to a new version; the page registers the worker itself (no inline script).
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      id: './',
      name: 'Key Actions for Innovation',
      short_name: 'Key Actions',
      description:
        // The leaflet's imprint is AIILGRP Publications; the research was "conducted in partnership with the
        // Local Government Association (LGA)": it is not the LGA's leaflet (issue 22).
        "A self-assessment for council leaders on the leaflet Council Leaders' Key Actions for Innovation (AIILGRP Publications), from research on politicians and innovation conducted in partnership with the Local Government Association (LGA).",
      lang: 'en-GB',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: BRAND,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Everything the app can ever load, the lazily loaded results chunk included, is kept for offline use.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      globIgnores: ['.vite/**'],
      navigateFallback: 'index.html',
      // The first copy takes charge of the open page at once, so the results chunk loads offline even
      // before a reload. Later versions still wait for the user (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative asset paths and hash routes: dist/ works from any static host, under any sub-path,
    // with deep links and refresh, and with no server configuration.
    base: './',
    plugins: [
      react(),
      validateContentPlugin(),
      pwa(single),
      prerenderPlugin({ startAfterPaint: !single }),
      single
        ? singleFilePlugin({ fileName: 'key-actions-for-innovation.html', publicDir })
        : hostedCspPlugin(),
    ],
    build: single
      ? {
          outDir: 'dist-single',
          target: 'es2022',
          copyPublicDir: false,
          modulePreload: false,
          cssCodeSplit: false,
          chunkSizeWarningLimit: 1000,
          // file:// cannot load lazy chunks: everything goes into the one script.
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : {
          manifest: true,
          target: 'es2022',
          // Every browser that runs es2022 code but Safari 16 preloads modules itself; there a preload
          // is simply not made early, so no polyfill is shipped in the first load for it.
          modulePreload: { polyfill: false },
          // React's DOM renderer is one file of about 220 kB before gzip (69 kB after).
          chunkSizeWarningLimit: 600,
          rolldownOptions: {
            output: {
              // React and its DOM renderer in one file: the entry imports it, and main.tsx runs the
              // renderer's code only after the first paint (CommonJS modules run when first required).
              codeSplitting: {
                groups: [
                  {
                    name: 'react-dom',
                    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/,
                    priority: 3,
                  },
                  // Fewer files on the way to a page (src/build/chunks.ts).
                  {
                    name: pageGroups,
                    debugName: 'pageGroups',
                    includeDependenciesRecursively: false,
                    priority: 1,
                  },
                ],
              },
            },
          },
        },
    preview: {
      port: 4173,
      strictPort: false,
    },
    test: {
      environment: 'jsdom',
      include: ['test/{domain,components,content,lint}/**/*.test.{ts,tsx}'],
      setupFiles: ['test/clock-setup.ts', 'test/setup.ts'],
      // Up to eight developers share two cores: a test that passes in 1 s alone can take 6 s then.
      // Waiting longer never makes a failing assertion pass.
      testTimeout: 30_000,
      benchmark: {
        include: ['test/bench/**/*.bench.ts'],
      },
    },
  };
});
