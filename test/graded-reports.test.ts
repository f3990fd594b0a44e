/**
 * The graded report in each format (structure, not wording), the several-
 * file summary, escaping of document text, and the --min-score gate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root, Table } from 'mdast';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { PHASES, type FileReport } from '../src/core/types.js';
import { run } from '../src/cli/run.js';
import { project, sink } from './helpers/cli.js';
import { HOSTILE_DOC, IMG_PAYLOAD, SCRIPT_PAYLOAD } from './helpers/hostile.js';

const good = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const weak = '# Feed\n\nWe frame this as ranking. We rank posts with a deep neural network trained on clicks.\n';

function file(text: string, path: string, rubric?: string): FileReport {
  const r = lint(text, { path, rubric });
  return { path: r.path, results: r.results, score: r.score };
}
function report(...files: FileReport[]): Report {
  return { files, summary: summarize(files) };
}
const plain = { color: false, quiet: false };
const one = report(file(weak, 'docs/weak.md'));
const three = report(file(weak, 'docs/weak.md'), file(good, 'docs/good.md'), file(HOSTILE_DOC, 'docs/hostile.md'));

describe('json', () => {
  it('gives every file the full score breakdown', () => {
    const out = JSON.parse(formatters.json!(three, plain));
    for (const f of out.files) {
      expect(Object.keys(f.score.phases)).toEqual([...PHASES]);
      expect(f.score).toMatchObject({ rubric: 'interview', aggregation: 'weighted-mean' });
      expect(typeof f.score.total).toBe('number');
      expect(typeof f.score.band).toBe('string');
      expect(f.score.criteria.length).toBeGreaterThan(0);
      for (const c of f.score.criteria) expect(Object.keys(c).sort()).toEqual(['earned', 'id', 'mode', 'phase', 'points', 'rules', 'status', 'title']);
      expect(f.score.fixes.length).toBeLessThanOrEqual(3);
      for (const fix of f.score.fixes) for (const r of fix.rules) expect(r.message).toMatch(/For example/);
    }
    const weakFile = out.files.find((f: FileReport) => f.path === 'docs/weak.md');
    expect(weakFile.score.fixes.length).toBe(3);
  });

  it('ranks the files in the summary, best first', () => {
    const { summary } = JSON.parse(formatters.json!(three, plain));
    expect(summary.rubric).toBe('interview');
    expect(summary.ranking.map((r: { path: string }) => r.path).sort()).toEqual(['docs/good.md', 'docs/hostile.md', 'docs/weak.md']);
    const totals = summary.ranking.map((r: { total: number }) => r.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    expect(summary.ranking[0]).toMatchObject({ path: 'docs/good.md', total: 100, band: 'Strong hire' });
  });
});

describe('stylish', () => {
  const bar = /^ {4}(clarify|data|model|production) +[█░·]{10} +(\d+|-)$/;

  it('ends each file with a score block: total, band, four phase bars, the fixes', () => {
    const out = formatters.stylish!(one, plain);
    const s = one.files[0]!.score;
    expect(out).toContain(`score ${s.total}/100  ${s.band}  (interview rubric, weighted mean of phases)`);
    const bars = out.split('\n').filter((l) => bar.test(l));
    expect(bars.map((l) => l.trim().split(/\s+/)[0])).toEqual([...PHASES]);
    for (const l of bars) {
      const [, phase, value] = l.match(/(\w+) +[█░·]+ +(\S+)$/)!;
      expect(value).toBe(String(s.phases[phase as keyof typeof s.phases] ?? '-'));
    }
    expect(out).toMatch(new RegExp(`to raise it: \\+${s.fixes[0]!.gain} → ${s.fixes[0]!.total} ${s.fixes[0]!.rules[0]!.rule}`));
    expect(out).not.toContain('ranking (');
  });

  it('with several files ranks them and gives the mean per phase', () => {
    const out = formatters.stylish!(three, plain);
    const lines = out.split('\n');
    const at = lines.indexOf('ranking (interview rubric)');
    expect(at).toBeGreaterThan(0);
    const ranked = lines.slice(at + 1, at + 4).map((l) => l.trim().split(/\s+/));
    expect(ranked.map((r) => r[0])).toEqual(['1.', '2.', '3.']);
    expect(ranked.map((r) => r.at(-1))).toEqual(three.summary.ranking.map((r) => r.path));
    expect(lines[at + 4]).toBe(`mean per phase (mean total ${three.summary.meanScore})`);
    expect(lines.slice(at + 5, at + 9).every((l) => bar.test(l))).toBe(true);
  });

  it('--quiet keeps the score block: it hides warnings, not the grade (issue 15)', () => {
    const out = formatters.stylish!(one, { color: false, quiet: true });
    expect(out).toContain(`score ${one.files[0]!.score.total}/100`);
    expect(out).not.toMatch(/^ {4}! /m); // no warning lines
  });
});

function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
}

describe('markdown', () => {
  it('per file: a heading with total and band, a phase table, top fixes, a table per phase', () => {
    const tree = parseMarkdown(formatters.markdown!(one, plain));
    const s = one.files[0]!.score;
    const headings = tree.children.filter((n) => n.type === 'heading');
    const text = (n: unknown) => JSON.stringify(n);
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(1);
    expect(text(headings.find((h) => h.depth === 2))).toContain(`${s.total}/100, ${s.band}`);
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    const phasesWithCriteria = new Set(s.criteria.map((c) => c.phase)).size;
    expect(tables).toHaveLength(1 + phasesWithCriteria);
    // the phase table: a row per phase
    expect(tables[0]!.children.slice(1).map((row) => toString(row.children[0]))).toEqual([...PHASES]);
    expect(tables[0]!.children.slice(1).map((row) => toString(row.children[1]))).toEqual(PHASES.map((p) => String(s.phases[p] ?? 'n/a')));
    // one criterion per row, in the phase tables
    expect(tables.slice(1).reduce((n, t) => n + t.children.length - 1, 0)).toBe(s.criteria.length);
    const fixes = tree.children.find((n) => n.type === 'list');
    expect(fixes).toMatchObject({ ordered: true });
    expect((fixes as { children: unknown[] }).children).toHaveLength(s.fixes.length);
  });

  it('with several files starts with a ranked summary table and the mean', () => {
    const tree = parseMarkdown(formatters.markdown!(three, plain));
    const summary = tree.children.find((n): n is Table => n.type === 'table')!;
    const cells = (row: Table['children'][number]) => row.children.map((c) => toString(c));
    expect(summary.children).toHaveLength(1 + 3 + 1);
    expect(summary.children.slice(1, 4).map((row) => cells(row)[1])).toEqual(three.summary.ranking.map((r) => r.path));
    expect(cells(summary.children[4]!).slice(1, 3)).toEqual(['mean', String(three.summary.meanScore)]);
  });

  it('keeps hostile document text literal: no HTML, pipes escaped', () => {
    const md = formatters.markdown!(report(file(HOSTILE_DOC, 'docs/hostile.md')), plain);
    const tree = parseMarkdown(md);
    const html: string[] = [];
    const literal: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'html') html.push((node as { value: string }).value);
      if (node.type === 'text' || node.type === 'inlineCode') literal.push((node as { value: string }).value);
    });
    expect(html).toEqual([]);
    const all = literal.join('\n');
    expect(all).toContain(SCRIPT_PAYLOAD);
    expect(all).toContain(IMG_PAYLOAD);
    expect(all).toContain('with its context | and a pipe');
  });
});

describe('html', () => {
  const out = formatters.html!(three, plain);

  it('is one self-contained page: inline style, no script, no external resource, a CSP', () => {
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;');
    expect(out).toContain('<style>');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('has an SVG chart per file and one for the summary, a table per phase', () => {
    expect(out.match(/<svg class="chart"/g)).toHaveLength(3 + 1);
    const withCriteria = three.files.reduce((n, f) => n + new Set(f.score.criteria.map((c) => c.phase)).size, 0);
    expect(out.match(/<table class="criteria">/g)).toHaveLength(withCriteria);
    expect(out).toContain('Files ranked by score');
  });

  it('quotes evidence with a link to its line, and escapes document text', () => {
    expect(out).toContain('<a href="./docs/hostile.md#L5">line 5</a>');
    expect(out).toContain('&#x3C;script>window.__mlsdPwned = 1&#x3C;/script>');
    expect(out).toContain('">&#x3C;img src=x onerror="window.__mlsdPwned = 2">');
  });

  it('never turns a file name into a link scheme or markup', () => {
    const odd = formatters.html!(report(file(HOSTILE_DOC, 'javascript:alert(1)//"><b>x.md')), plain);
    expect(odd).not.toContain('href="javascript:');
    expect(odd).toContain('href="./javascript%3Aalert(1)//%22%3E%3Cb%3Ex.md#L5"');
    // the name stays text: escaped in content, and never breaks out of an attribute
    expect(odd).toContain('<h2><code>javascript:alert(1)//">&#x3C;b>x.md</code></h2>');
    expect(odd).not.toContain('"><b>');
  });
});

describe('a rule turned off', () => {
  it('is gone from every graded format, score breakdown included', () => {
    const latency = 'latency-constraint-stated';
    const r = lint(weak, { path: 'docs/weak.md', rules: { [latency]: 'off' } });
    const off = report({ path: r.path, results: r.results, score: r.score });
    for (const name of ['json', 'stylish', 'markdown', 'html']) {
      expect(formatters[name]!(one, plain)).toContain(latency);
      expect(formatters[name]!(off, plain)).not.toContain(latency);
    }
  });
});

describe('--min-score', () => {
  let sc: ReturnType<typeof project>;
  const io = () => sink(sc.dir);
  beforeAll(() => {
    sc = project({ 'good.md': good, 'weak.md': weak });
  });
  afterAll(() => sc.remove());

  it('101 fails every file and names it', async () => {
    const s = io();
    expect(await run(['good.md', '--min-score', '101'], s)).toBe(1);
    expect(s.err).toBe('mlsd-lint: good.md: score 100 is below --min-score 101\n');
  });

  it('0 leaves the exit code to the lint result', async () => {
    expect(await run(['good.md', '--min-score', '0'], io())).toBe(0);
    expect(await run(['weak.md', '--min-score', '0'], io())).toBe(1);
  });

  it('names only the files below the bar', async () => {
    const s = io();
    const weakTotal = lint(weak).score.total;
    expect(await run(['good.md', 'weak.md', '--min-score', String(weakTotal + 1), '-f', 'json'], s)).toBe(1);
    expect(s.err).toBe(`mlsd-lint: weak.md: score ${weakTotal} is below --min-score ${weakTotal + 1}\n`);
    expect(await run(['good.md', '--min-score', '100'], io())).toBe(0);
  });

  it('an invalid value is a usage error', async () => {
    for (const bad of ['abc', '', '-5', 'NaN', 'Infinity']) {
      const s = io();
      expect(await run(['good.md', `--min-score=${bad}`], s)).toBe(2);
      expect(s.err).toContain('--min-score needs a score from 0 to 100');
    }
  });
});
