import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { contentSecurityPolicy, inlineScriptSources, insertCsp, sha256Source } from './csp.ts';

interface Options {
  /** The single file's name in the output folder. */
  fileName: string;
  publicDir: string;
}

/**
 * Turns the build into one HTML file that works from file:// (emailed, or on a shared drive): a
 * browser will not load module scripts or lazy chunks from disk, so the one script and the styles are
 * inlined, and the policy allows exactly them by hash, never by 'unsafe-inline'.
 * Needs the build to make a single chunk (codeSplitting: false) and one stylesheet.
 */
export function singleFilePlugin({ fileName, publicDir }: Options): Plugin {
  return {
    name: 'single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle: Rolldown.OutputBundle) {
        const htmlAsset = bundle['index.html'] as Rolldown.OutputAsset | undefined;
        if (!htmlAsset) this.error('single-file: no index.html in the bundle');
        let html = String(htmlAsset.source);
        const scripts: string[] = [];
        const styles: string[] = [];

        const take = (href: string) => {
          const key = href.replace(/^\.\//, '');
          const item = bundle[key];
          if (!item) this.error(`single-file: ${href} is not in the bundle`);
          delete bundle[key];
          return item.type === 'chunk' ? (item as Rolldown.OutputChunk).code : String(item.source);
        };

        html = html.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          (_, src: string) => {
            const code = safeInScriptElement(take(src), src);
            scripts.push(code);
            return `<script type="module">${code}</script>`;
          },
        );
        html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href) => {
          const css = take(href);
          if (/<\/style/i.test(css)) this.error(`single-file: ${href} contains "</style"`);
          styles.push(css);
          return `<style>${css}</style>`;
        });
        html = html.replace(
          /<link rel="icon" href="\.\/([^"]+\.svg)" type="image\/svg\+xml" \/>/,
          (_, file: string) => {
            const svg = readFileSync(join(publicDir, file));
            return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}" type="image/svg+xml" />`;
          },
        );

        // An icon for installing: there is nothing to install from a file.
        html = html.replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');

        const leftOver = Object.keys(bundle).filter((k) => k !== 'index.html');
        const stillLinked = html.match(/\s(src|href)="\.\/[^"]*"/g) ?? [];
        if (scripts.length !== 1 || leftOver.length > 0 || stillLinked.length > 0) {
          this.error(
            `single-file: expected one script and nothing left to load; scripts: ${scripts.length}, not inlined: ${[...leftOver, ...stillLinked].join(', ') || 'none'}`,
          );
        }

        html = insertCsp(
          html,
          contentSecurityPolicy({
            // The app's script and the prerendered page's small ones (src/build/prerender).
            script: inlineScriptSources(html),
            style: styles.map(sha256Source),
            img: ["'self'", 'data:'],
            installable: false,
          }),
        );
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
}

/**
 * The HTML parser ends a script at "</script" and treats "<!--" with "<script" specially, whatever the
 * JavaScript means. Escaping "</script" as "<\/script" keeps its meaning in strings, templates and
 * regular expressions, the only places minified code can hold it.
 */
function safeInScriptElement(code: string, name: string): string {
  if (code.includes('<!--')) throw new Error(`single-file: ${name} contains "<!--"`);
  return code.replace(/<\/script/gi, (m) => `<\\/${m.slice(2)}`);
}
