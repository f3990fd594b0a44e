/** The programmatic API: same objects as the JSON report, and no node: imports anywhere below src/index.ts. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as api from '../src/index.js';
import { cli, project } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const BUILTINS = new Set(builtinModules);

/** Every source file reachable from `entry` by static or dynamic imports, and the bare modules they import. */
function importGraph(entry: string): { files: string[]; bare: Map<string, string[]> } {
  const files = new Set<string>();
  const bare = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.ts')) return;
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const m of source.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const ts = target.replace(/\.js$/, '.ts');
        visit(existsSync(ts) ? ts : target);
      } else {
        bare.set(spec, [...(bare.get(spec) ?? []), relative(ROOT, file)]);
      }
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), bare };
}

function nodeImports(graph: ReturnType<typeof importGraph>): string[] {
  return [...graph.bare].filter(([spec]) => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!)).map(([spec, by]) => `${spec} (${by.join(', ')})`);
}

describe('src/index.ts runs in the browser', () => {
  const graph = importGraph(join(ROOT, 'src/index.ts'));
  it('imports nothing from node: (or a bare Node built-in) anywhere in its import graph', () => {
    expect(nodeImports(graph)).toEqual([]);
  });
  it('the walk reaches the engine, inline control, config, rules and lexicons', () => {
    for (const f of ['src/core/engine.ts', 'src/core/control.ts', 'src/config/resolve.ts', 'src/config/schema.ts', 'rules/index.ts', 'rules/no-placeholders.ts', 'src/core/document.ts']) {
      expect(graph.files).toContain(f);
    }
    expect(graph.files.some((f) => f.startsWith('lexicons/') && f.endsWith('.json'))).toBe(true);
  });
  it('the check would catch a node: import (the CLI has them)', () => {
    expect(nodeImports(importGraph(join(ROOT, 'src/cli/run.ts')))).not.toEqual([]);
  });
  it('the preset is browser-safe too', () => {
    expect(nodeImports(importGraph(join(ROOT, 'src/preset.ts')))).toEqual([]);
  });
});

describe('lint and grade', () => {
  const text = '# Feed\n\n- model: a deep neural net\n- must be real-time\n\nTODO\n';
  const p = project({ 'd.md': text });
  afterAll(() => p.remove());

  it('lint() returns the JSON report\'s file object (plus the vfile messages)', async () => {
    const fromCli = JSON.parse((await cli(['d.md', '-f', 'json'], p.dir)).out).files[0];
    const { messages, ...file } = api.lint(text, { path: 'd.md' });
    expect(file).toEqual(fromCli);
    expect(messages.map((m) => m.rule)).toEqual(file.results.filter((r) => r.status === 'fail').map((r) => r.rule));
  });
  it('grade() is the score of the report', () => {
    const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
    const report = api.lint(good);
    expect(report.score.total).toBeGreaterThan(0);
    expect(api.grade(report)).toEqual(report.score);
    const worse = api.grade({ results: report.results.map((r) => (r.status === 'pass' ? { ...r, status: 'fail' as const } : r)) });
    expect(worse.total).toBeLessThan(report.score.total);
  });
  it('exports the pure configuration functions for the playground', () => {
    const { config } = api.resolveConfig({ file: 'playground', data: { extends: 'strict', rules: { 'io-defined': 'off' } } });
    const settings = api.settingsFor(config!, 'd.md');
    const report = api.lint(text, { rules: settings.rules });
    expect(report.results.some((r) => r.rule === 'io-defined')).toBe(false);
    expect(report.results.every((r) => r.severity === 'error')).toBe(true);
    expect(api.validateConfig({ file: 'x', data: { rules: { nope: 'off' } } }).map(api.formatProblem)).toEqual(['x: /rules/nope: unknown rule "nope" ("mlsd-lint rules" lists them)']);
  });
});
