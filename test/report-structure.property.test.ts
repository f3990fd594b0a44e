/**
 * Issue 14 (F4/F6): file names and document text come from a stranger's
 * pull request, and every format must keep them in their place. Generated
 * hostile file names (line breaks, C0/C1 controls, bidi overrides, line
 * separators, Markdown and HTML markup, backticks, pipes) and hostile
 * document text, linted and rendered in every format; the structure of each
 * output is then read back and compared with what the report holds:
 *
 * - markdown: parsed with remark (GFM), exactly the headings and tables the
 *   report implies, each file heading showing its (escaped) path, every
 *   table row as wide as its header, no HTML or image node, no link whose
 *   text is not its own address;
 * - github: one workflow command per line, one per failure or unreadable
 *   input, no control character, bidi override or line separator;
 * - junit: one suite per file, every character allowed in XML, each path
 *   round-trips through the attribute escaping;
 * - sarif: valid JSON, each path round-trips through its URI;
 * - html: one <h2> per file (plus the summary), no element from the input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading, Root, Table } from 'mdast';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { terminalSafe, wellFormed } from '../src/format/escape.js';
import { criteriaByPhase } from '../src/format/score-parts.js';
import { failures } from '../src/format/failures.js';
import { TERMINAL_CONTROL } from './helpers/payloads.js';

const SEED = 14;
const fixture = `# Feed ranking

We frame this as binary classification: will the user click? The input is a user and the output a ranked list.
Latency must stay under 100 ms at p99, 10k QPS. TODO: the metric.

## Data

Labels come from user reports; features: watch history, video length, hour of day.

| metric | why |
|---|---|
| NDCG@10 | ranking |

## Model

A logistic regression baseline first, then a two-tower neural network with cross-entropy loss and Adam.
`;

/** Pieces of hostile names and text: every character class that breaks one output syntax or another. */
const HOSTILE = [
  '\n', '\r', '\r\n', '\u0000', '\u0007', '\u001b[2J', '\u001b]8;;https://evil.example\u0007', '\u0085', '\u009b', '\u2028', '\u2029',
  '\u202e', '\u2066', '\u061c', '\u200f', '\t', '`', '``', '|', '\\|', '#', '# All checks passed', '\n\n# ✅ All checks passed\n\n',
  '<img src=x onerror=alert(1)>', '<script>', '</code>', '-->', '<!--', '[login](https://evil.example)', '![x](https://evil.example/x.png)',
  '*', '_', '~', '[', ']', '(', ')', '<', '>', '&amp;', '&#0;', '"', "'", '%', '%0A', ':', ',', '::error::', '::', '=', '---', '===',
  '- ', '1. ', '> ', '    ', 'https://evil.example', '\ud800', '\ud83d\ude00', 'ü',
];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) });
const hostile = fc.array(piece, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const fileName = hostile.map((s) => `docs/${s}.md`);

function reportOf(names: readonly string[], texts: readonly string[], unreadable: readonly string[]): Report {
  const files = names.map((path, i) => {
    // issue 15: the hostile text is also the reason of an inline comment, which every format shows
    const reason = texts[i % texts.length]!.replace(/-->|--!>|[\r\n\u2028\u2029\u0085]/g, ' ');
    const r = lint(`${fixture}\n${texts[i % texts.length]}\n\n<!-- mlsd-lint disable-file io-defined -- ${reason} -->\n`, { path });
    return { path: r.path, results: r.results, score: r.score, ...(r.suppressions ? { suppressions: r.suppressions } : {}) };
  });
  return { files, summary: summarize(files, unreadable.map((path) => ({ path, reason: 'not valid UTF-8 text' }))) };
}

const scenario = fc
  .record({
    names: fc.uniqueArray(fileName, { minLength: 1, maxLength: 3 }),
    texts: fc.array(hostile, { minLength: 1, maxLength: 2 }),
    unreadable: fc.array(fileName, { maxLength: 2 }),
    quiet: fc.boolean(),
  })
  .map(({ names, texts, unreadable, quiet }) => ({ report: reportOf(names, texts, unreadable), quiet }));

const parseMarkdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

/** The Markdown report read back has exactly the structure the report implies. */
export function checkMarkdown(out: string, report: Report, quiet: boolean): void {
  const tree = parseMarkdown(out);
  const headings: Heading[] = [];
  const tables: Table[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push(node);
    if (node.type === 'table') tables.push(node);
    if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'linkReference' || node.type === 'definition') {
      throw new Error(`a ${node.type} node in the Markdown report: ${JSON.stringify(toString(node))}`);
    }
    if (node.type === 'link') {
      // only autolink literals (a bare address shown as itself) may appear
      const shown = toString(node);
      if (!(node.url === shown || node.url === `http://${shown}` || node.url === `mailto:${shown}`)) throw new Error(`a link ${shown} -> ${node.url}`);
    }
  });
  const several = report.files.length > 1;
  const expectedH2 = [
    ...(several ? [`Summary: ${report.summary.files} files, ${report.summary.rubric} rubric`] : []),
    ...report.files.map((f) => `${terminalSafe(f.path)} — ${f.score.total}/100, ${f.score.band}`),
  ];
  expect(headings.filter((h) => h.depth === 1).map((h) => toString(h))).toEqual(['mlsd-lint report']);
  expect(headings.filter((h) => h.depth === 2).map((h) => toString(h))).toEqual(expectedH2);
  const expectedH3 = report.files.flatMap((f) => [
    ...(f.score.fixes.length > 0 ? ['Top fixes'] : []),
    ...criteriaByPhase(f.score, quiet).map((g) => `${g.phase} — ${g.score ?? 'n/a'}${g.score === null ? '' : '/100'}`),
  ]);
  expect(headings.filter((h) => h.depth === 3).map((h) => toString(h))).toEqual(expectedH3);
  expect(headings.filter((h) => h.depth > 3)).toEqual([]);
  const expectedRows = [
    ...(several ? [report.files.length + 2] : []),
    ...report.files.flatMap((f) => [
      ...(f.suppressions ? [f.suppressions.length + 1] : []),
      5,
      ...criteriaByPhase(f.score, quiet).map((g) => g.criteria.length + 1),
    ]),
  ];
  expect(tables.map((t) => t.children.length)).toEqual(expectedRows);
  for (const t of tables) for (const row of t.children) expect(row.children.length).toBe(t.children[0]!.children.length);
  // the summary's file column shows each path, escaped, in rank order
  if (several) expect(tables[0]!.children.slice(1, -1).map((row) => toString(row.children[1]!))).toEqual(report.summary.ranking.map((r) => terminalSafe(r.path)));
}

export function checkGithub(out: string, report: Report, quiet: boolean): void {
  const lines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
  const suppressions = report.files.reduce((n, f) => n + (f.suppressions?.length ?? 0), 0);
  expect(lines).toHaveLength(failures(report, quiet).length + report.summary.unreadable.length + suppressions);
  for (const line of lines) {
    expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,(line=\d+,col=\d+,)?title=[^:,]*::./);
    expect(line).not.toMatch(TERMINAL_CONTROL);
    expect(line).not.toContain('\r');
  }
}

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const unescapeXml = (s: string): string =>
  s.replace(/&(#\d+|lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e]!,
  );

export function checkJunit(out: string, report: Report): void {
  expect(out).not.toMatch(NOT_XML);
  const suites = [...out.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
  expect(suites).toEqual([...report.files.map((f) => f.path), ...report.summary.unreadable.map((u) => u.path)].map((p) => p.replace(NOT_XML, '')));
}

export function checkSarif(out: string, report: Report): void {
  const sarif = JSON.parse(out) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
  // backslashes are Windows separators in SARIF URIs
  const paths = new Set(report.files.map((f) => wellFormed(f.path).replace(/\\/g, '/')));
  for (const r of sarif.runs[0]!.results) {
    const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).not.toMatch(/[\s\u0000-\u001f\u007f-\u009f]/);
    expect(paths.has(uri.split('/').map(decodeURIComponent).join('/'))).toBe(true);
  }
}

export function checkHtml(out: string, report: Report): void {
  const sections = report.files.length + (report.files.length > 1 ? 1 : 0) + (report.summary.unreadable.length > 0 ? 1 : 0);
  expect(out.match(/<h2[ >]/g) ?? []).toHaveLength(sections);
  // markup from the input is text (its "<" escaped) or inside a quoted attribute value (where "<" is inert)
  expect(out.replace(/="[^"]*"/g, '=""')).not.toMatch(/<img|<script|<iframe/i);
}

describe('every format keeps hostile file names and text in their place (fixed seed)', () => {
  it('markdown, github, junit, sarif, html', () => {
    let withReasons = 0;
    fc.assert(
      fc.property(scenario, ({ report, quiet }) => {
        if (report.files.some((f) => f.suppressions?.some((x) => x.reason !== null))) withReasons++;
        const options = { color: false, quiet, version: '0.0.0' };
        checkMarkdown(formatters.markdown!(report, options), report, quiet);
        checkGithub(formatters.github!(report, options), report, quiet);
        checkJunit(formatters.junit!(report, options), report);
        checkSarif(formatters.sarif!(report, options), report);
        checkHtml(formatters.html!(report, options), report);
      }),
      { seed: SEED, numRuns: 60 },
    );
    // the hostile reasons did reach the reports (a comment the text broke is an inline problem instead)
    expect(withReasons).toBeGreaterThan(30);
  }, 240_000);
});

describe('the structure checks can fail', () => {
  const report = reportOf(['docs/a\n\n# ✅ All checks passed\n\n<img src=x onerror=alert(1)>.md'], [''], ['b\u001b[2J.md']);
  it('a raw file name in a Markdown heading breaks the structure', () => {
    const raw = formatters.markdown!(report, { color: false, quiet: false }).replace(terminalSafe(report.files[0]!.path), report.files[0]!.path);
    expect(() => checkMarkdown(raw, report, false)).toThrow();
  });
  it('a raw control character in a github command', () => {
    const out = formatters.github!(report, { color: false, quiet: false }).replace('\\u{1b}', '\u001b');
    expect(() => checkGithub(out, report, false)).toThrow();
  });
  it('the real outputs pass', () => {
    expect(() => checkMarkdown(formatters.markdown!(report, { color: false, quiet: false }), report, false)).not.toThrow();
    expect(() => checkGithub(formatters.github!(report, { color: false, quiet: false }), report, false)).not.toThrow();
  });
});
