import { createHash } from 'node:crypto';

/** A CSP source expression allowing exactly this inline text (a `<script>` or `<style>` body). */
export const sha256Source = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash source of every inline script (one with no src) in the page, in document order. */
export function inlineScriptSources(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    sha256Source(m[1] ?? ''),
  );
}

interface Sources {
  script: string[];
  style: string[];
  img: string[];
  /** The hosted app keeps an offline copy with a service worker and can be installed; a file cannot. */
  installable: boolean;
}

/**
 * The Content-Security-Policy both builds carry in a meta tag (there is no server to send a header).
 * frame-ancestors, report-uri and sandbox are ignored in a meta tag, so none is relied on.
 */
export function contentSecurityPolicy({ script, style, img, installable }: Sources): string {
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
    `img-src ${img.join(' ')}`,
    "connect-src 'self'",
    "font-src 'self'",
    `worker-src ${installable ? "'self'" : "'none'"}`,
    `manifest-src ${installable ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    // Every form is handled in the page; none is ever submitted anywhere.
    "form-action 'none'",
  ].join('; ');
}

export const cspMetaTag = (policy: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Puts the policy straight after the charset, before any script, style or link it must govern. */
export function insertCsp(html: string, policy: string): string {
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8"> to follow');
  return html.replace(charset, (tag) => `${tag}\n    ${cspMetaTag(policy)}`);
}
