/** action.yml and .pre-commit-hooks.yaml: well-formed, and the action's script really runs the CLI. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { project } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

interface Step {
  name: string;
  run?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string;
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
};

describe('action.yml', () => {
  it('is a composite action with inputs for paths, rubric, min score and format', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['paths', 'rubric', 'min-score', 'format', 'output', 'config', 'max-warnings']) expect(action.inputs[input]?.description).toBeTruthy();
  });
  it('declares every input it uses, and pastes none into a script', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const m of text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)) expect(Object.keys(action.inputs)).toContain(m[1]);
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  const bin = join(ROOT, 'dist/src/cli/main.js');
  const step = action.runs.steps.find((s) => s.name === 'Run mlsd-lint')!;
  const p = project({
    'docs/a.md': '# Feed\n\n- model: a deep neural net\n',
    'docs/sub/b.md': '# Ads\n\nTODO\n',
    'other.md': readFileSync(join(ROOT, 'fixtures/podcast-recommendations.md'), 'utf8'),
    'my designs/good one.md': readFileSync(join(ROOT, 'fixtures/podcast-recommendations.md'), 'utf8'),
  });
  afterAll(() => p.remove());
  function runStep(inputs: Record<string, string>) {
    const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) {
      env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/g, ROOT.replace(/\/$/, ''));
    }
    // stdin not a pipe: bash reads ~/.bashrc when its standard input is a socket (as if run by sshd)
    return spawnSync('bash', ['-c', step.run!], { cwd: p.dir, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  it.skipIf(!existsSync(bin))('its script lints the given paths and globs, in the given format', () => {
    const res = runStep({ paths: 'docs/**/*.md\nother.md\n', format: 'github' });
    expect(res.status).toBe(1);
    const files = new Set(res.stdout.trim().split('\n').map((l) => /file=([^,]+)/.exec(l)?.[1]));
    expect([...files].sort()).toEqual(['docs/a.md', 'docs/sub/b.md']);
  });
  // issue 15: a multi-line "paths: |" input used to lint its first line only (and exit 0), and a space split a path in two
  it.skipIf(!existsSync(bin))('lints every line of a multi-line input, a path with spaces as one path, and fails on a failing second file', () => {
    const paths = '  my designs/good one.md\n\n  docs/sub/b.md  \r\n'; // as a "paths: |" block gives it: indented, a blank line, CRLF
    const res = runStep({ paths, format: 'json' });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(1);
    const report = JSON.parse(res.stdout) as { files: Array<{ path: string; results: Array<{ status: string; severity: string }> }> };
    expect(report.files.map((f) => f.path)).toEqual(['my designs/good one.md', 'docs/sub/b.md']);
    const errors = (i: number) => report.files[i]!.results.filter((r) => r.status === 'fail' && r.severity === 'error').length;
    expect(errors(0)).toBe(0); // the first file alone passes: the exit code 1 is the second file's
    expect(errors(1)).toBeGreaterThan(0);
    expect(runStep({ paths: 'my designs/good one.md', format: 'json' }).status).toBe(0);
  });
  it.skipIf(!existsSync(bin))('passes globs with spaces and !negations to mlsd-lint unexpanded, and lints "." without paths', () => {
    const res = runStep({ paths: 'my designs/*.md\ndocs/**/*.md\n!docs/sub/**', format: 'json' });
    expect(res.stderr).toBe('');
    expect((JSON.parse(res.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['my designs/good one.md', 'docs/a.md']);
    const all = runStep({ paths: '\n', format: 'json' });
    expect((JSON.parse(all.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path).sort()).toEqual(
      ['docs/a.md', 'docs/sub/b.md', 'my designs/good one.md', 'other.md'],
    );
  });
  it.skipIf(!existsSync(bin))('takes several formats, one per line, each but one with a file of its own', () => {
    const res = runStep({ paths: 'docs/a.md', format: 'github\n  sarif:both.sarif\n' });
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/^::error file=docs\/a\.md,/m);
    expect(JSON.parse(readFileSync(join(p.dir, 'both.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });
  it.skipIf(!existsSync(bin))('writes SARIF to a file, and passes --max-warnings and --config', () => {
    const res = runStep({ paths: 'other.md', format: 'sarif', output: 'out.sarif', 'max-warnings': '0' });
    expect(res.status).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    const missing = runStep({ paths: 'other.md', config: 'nope.json' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--config nope.json: no such file');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  const hook = hooks.find((h) => h.id === 'mlsd-lint')!;
  it('defines the mlsd-lint hook on Markdown files, run serially by an executable script of the repository', () => {
    expect(hook).toMatchObject({ language: 'script', types: ['markdown'], require_serial: true });
    expect(statSync(join(ROOT, String(hook.entry))).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(ROOT, String(hook.entry)), 'utf8')).toContain(pkg.bin['mlsd-lint']);
  });
  it.skipIf(!existsSync(join(ROOT, 'dist/src/cli/main.js')))('its script lints the files pre-commit passes', () => {
    const p = project({ 'design.md': '# Feed\n\nWe rank posts.\n', 'good.md': readFileSync(join(ROOT, 'fixtures/podcast-recommendations.md'), 'utf8') });
    try {
      const bad = spawnSync(join(ROOT, String(hook.entry)), ['design.md', 'good.md'], { cwd: p.dir, encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain('design.md');
      const good = spawnSync(join(ROOT, String(hook.entry)), ['good.md'], { cwd: p.dir, encoding: 'utf8' });
      expect(good.status).toBe(0);
    } finally {
      p.remove();
    }
  });
});
