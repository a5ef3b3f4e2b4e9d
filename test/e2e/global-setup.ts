import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SINGLE_FILE = `${root}dist-single/key-actions-for-innovation.html`;

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    // Built in a child process as production: inside vitest NODE_ENV is "test", which would give
    // React's development build and tests of something users never get.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
  }
  // Served under a sub-path on purpose: the app must work from any folder of any static host.
  const { server, url } = await serveStatic(`${root}dist`, '/councils/innovation/');
  project.provide('baseUrl', url);
  project.provide('distDir', `${root}dist`);
  project.provide('singleFile', SINGLE_FILE);
  project.provide('singleFileUrl', pathToFileURL(SINGLE_FILE).href);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    singleFile: string;
    singleFileUrl: string;
  }
}
