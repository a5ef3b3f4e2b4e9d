import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type Rolldown } from 'vite';
import { pageRows, PRERENDERED_PAGES } from '../../routing/pages.ts';
import type { Route } from '../../routing/paths.ts';
import { headScript, swapScript, templateId } from './scripts.ts';

const srcDir = fileURLToPath(new URL('../../', import.meta.url));

// A route as a regular expression over the path in the address ('/workshops/:id' -> '^/workshops/[^/]+$'),
// or, `andBelow`, over it and every path below it.
const pattern = (route: Route<never>, andBelow = false) =>
  `^${route.path.replace(/:\w+/g, '[^/]+')}${andBelow ? '(/|$)' : '$'}`;

// The lazily loaded pages a deep link goes straight to (the page registry, src/routing/pages.ts):
// their modules are preloaded beside the entry.
const LAZY_ROUTES = pageRows()
  .filter(([, page]) => page.preloadOnLink)
  .map(([, page]) => ({ route: pattern(page.route, page.andBelow), module: page.module }));

// At build time the pages need their markup, not their styles (the stylesheet is built as usual).
const noCss: Plugin = {
  name: 'prerender-no-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0prerender-no-css' : undefined),
  load: (id) => (id === '\0prerender-no-css' ? 'export default ""' : undefined),
};

/**
 * Renders the pages whose first screen needs nothing saved (`prerendered` in src/routing/pages.ts) into
 * the built index.html: the landing inside #root, the others in <template>s that an inline script
 * moves into #root before the first paint when the link is to one of them. main.tsx hydrates what it
 * finds.
 */
interface Options {
  /**
   * Start the app after the first paint (the hosted build). The single file keeps its one inline
   * module script where it is: it is read from disk, where nothing waits on a network.
   */
  startAfterPaint: boolean;
}

export function prerenderPlugin({ startAfterPaint }: Options): Plugin {
  return {
    name: 'prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { module } = await runnerImport<typeof import('./render.tsx')>(
          `${srcDir}build/prerender/render.tsx`,
          {
            root: fileURLToPath(new URL('../../../', import.meta.url)),
            plugins: [noCss, react()],
            logLevel: 'warn',
          },
        );
        const { prerenderedPages: pages, assessmentKey, actionIds } = module;
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error(`prerender: index.html has no ${root}`);
        const templates = PRERENDERED_PAGES.filter((p) => p.key !== 'landing')
          .map((p) => `<template id="${templateId(p.key)}">${pages[p.key]}</template>`)
          .join('\n    ');
        let app: { entry: string; preloads: string[] } | undefined;
        if (startAfterPaint) {
          const tag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
          const entry = tag.exec(html)?.[1];
          if (!entry) throw new Error('prerender: no entry module script in index.html');
          // Asked for, and run, by the swap script once the page is painted: the entry, the modules
          // it imports, and React's DOM renderer, which main.tsx imports just after.
          const preloads = ctx.bundle ? firstLoadFiles(ctx.bundle) : [];
          app = { entry, preloads: preloads.filter((f) => f !== entry) };
          html = html
            .replace(tag, '')
            .replace(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\s*/g, (link, file) =>
              preloads.includes(file) ? '' : link,
            );
        }
        const head = headScript({
          pages: Object.fromEntries(PRERENDERED_PAGES.map((p) => [p.path, p.key])),
          assessmentKey,
          actionIds,
          preloads: ctx.bundle ? routePreloads(ctx.bundle) : [],
          appFiles: app ? [app.entry, ...app.preloads] : [],
        });
        return html
          .replace(/(<meta name="viewport"[^>]*>)/, (tag) => `${tag}\n    <script>${head}</script>`)
          .replace(
            root,
            `<div id="root" data-prerendered="landing">${pages.landing}</div>\n    ${templates}\n    <script>${swapScript(app)}</script>`,
          );
      },
    },
  };
}

const chunksOf = (bundle: Rolldown.OutputBundle) =>
  Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');

const isRenderer = (chunk: Rolldown.OutputChunk) =>
  chunk.moduleIds.some((id) => id.endsWith('/node_modules/react-dom/client.js'));

/** The entry, every chunk it imports statically, and React's DOM renderer with what that imports. */
function firstLoadFiles(bundle: Rolldown.OutputBundle): string[] {
  const chunks = chunksOf(bundle);
  const entry = chunks.find((c) => c.isEntry);
  const renderer = chunks.find(isRenderer);
  if (!entry) throw new Error('prerender: no entry chunk');
  if (!renderer) throw new Error('prerender: no chunk holds react-dom/client');
  const files = new Set([
    ...withImports(chunks, entry.fileName),
    ...withImports(chunks, renderer.fileName),
  ]);
  return [...files].map((f) => `./${f}`);
}

/** A chunk's file and, recursively, the files of the chunks it imports statically. */
function withImports(chunks: Rolldown.OutputChunk[], file: string, seen = new Set<string>()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? [])
    withImports(chunks, imported, seen);
  return seen;
}

/** For each lazily loaded route, its chunk and the chunks that chunk imports that the entry does not. */
function routePreloads(bundle: Rolldown.OutputBundle) {
  const chunks = chunksOf(bundle);
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? withImports(chunks, entry.fileName) : new Set<string>();
  const renderer = chunks.find(isRenderer);
  if (renderer) withImports(chunks, renderer.fileName, loaded);
  return LAZY_ROUTES.flatMap(({ route, module }) => {
    // The chunk that holds the page: its own, or a group of them (src/build/chunks.ts).
    const chunk = chunks.find((c) => c.moduleIds.includes(`${srcDir}${module}`));
    // One chunk is the single-file build, which has nothing to preload; otherwise a page has moved.
    if (!chunk && chunks.length > 1) throw new Error(`prerender: no chunk for src/${module}`);
    if (!chunk) return [];
    const files = [...withImports(chunks, chunk.fileName)].filter((f) => !loaded.has(f));
    // A lazily loaded module's stylesheets are asked for only when it is imported, and the import
    // waits for them: fetched beside the modules, they are no longer a step after the app starts.
    const styles = new Set(
      files.flatMap((f) => [
        ...(chunks.find((c) => c.fileName === f)?.viteMetadata?.importedCss ?? []),
      ]),
    );
    return [{ route, files: files.map((f) => `./${f}`), styles: [...styles].map((f) => `./${f}`) }];
  });
}
