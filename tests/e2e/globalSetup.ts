import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer';

/** Serves the production build (dist/, made by `npm run build`) for the browser tests. */
export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '..', '..', 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first (npm test does)');
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
