import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    await build({ root, logLevel: 'warn' });
  }
  // Served under a sub-path on purpose: the app must work from any folder of any static host.
  const { server, url } = await serveStatic(`${root}dist`, '/councils/innovation/');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
