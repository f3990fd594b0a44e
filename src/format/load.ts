/**
 * The output formats by name, each loaded only when asked for: the command
 * imports one formatter module (and its dependencies: the HTML one pulls
 * in hast) instead of all of them at start-up. src/format/index.ts keeps
 * the eager map for the library and tests; a test checks the two agree.
 */
import type { Formatter } from './types.js';

const LOADERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
};

export function formatNames(): string[] {
  return Object.keys(LOADERS);
}

/** The formatter of a name formatNames() lists. */
export function loadFormatter(name: string): Promise<Formatter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}
