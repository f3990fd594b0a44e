/**
 * Issue 15, item 4: Markdown for a pull-request comment fits one. GitHub
 * refuses a comment over 65,536 characters; over --max-comment-size
 * (default 60,000) `-f markdown` gives the summary table and each file's
 * failing rules, links to the full reports when the run names them, and
 * never cuts a table in half.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root, Table } from 'mdast';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { markdown } from '../src/format/markdown.js';
import { REAL_CORPUS, hasRealCorpus, noteSkip } from './helpers/shared.js';
import { cli } from './helpers/cli.js';

const GITHUB_LIMIT = 65_536;
const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

/** Every table whole: a header, an alignment row, and every row as wide as the header (no table cut in half). */
function expectWholeTables(out: string): Table[] {
  const tables: Table[] = [];
  visit(parse(out), 'table', (t) => {
    tables.push(t);
  });
  for (const t of tables) for (const row of t.children) expect(row.children.length).toBe(t.children[0]!.children.length);
  // no line of table syntax outside a parsed table: a cut table would leave one
  const tableLines = out.split('\n').filter((l) => l.startsWith('|')).length;
  expect(tableLines).toBe(tables.reduce((n, t) => n + t.children.length + 1, 0));
  return tables;
}

const headings = (out: string, depth: number): string[] => {
  const found: string[] = [];
  visit(parse(out), 'heading', (h: Heading) => {
    if (h.depth === depth) found.push(toString(h));
  });
  return found;
};

describe.skipIf(!noteSkip(hasRealCorpus, 'report-comment: the 51-document bar'))('the 51 real documents of ../shared/corpus/real', () => {
  let report: Report;
  beforeAll(() => {
    const files = readdirSync(REAL_CORPUS)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => {
        const r = lint(readFileSync(join(REAL_CORPUS, n), 'utf8'), { path: n });
        return { path: r.path, results: r.results, score: r.score };
      });
    report = { files, summary: summarize(files) };
  }, 120_000);

  it('the full report would not fit a comment; -f markdown does, with every file in the summary and digested', () => {
    expect(report.files).toHaveLength(51);
    expect(markdown(report, { color: false, quiet: false, maxCommentSize: 10_000_000 }).length).toBeGreaterThan(GITHUB_LIMIT);
    const out = markdown(report, { color: false, quiet: false });
    expect(out.length).toBeLessThanOrEqual(60_000);
    const [summary] = expectWholeTables(out);
    expect(summary!.children).toHaveLength(51 + 2); // header, 51 ranked files, the mean
    expect(headings(out, 3)).toHaveLength(51);
    expect(out).toContain('Shortened to fit a pull-request comment (60,000 characters)');
    // each file's failing errors are named
    const worst = report.files.find((f) => f.path === report.summary.ranking.at(-1)!.path)!;
    for (const r of worst.results.filter((x) => x.status === 'fail' && x.severity === 'error')) expect(out).toContain(`\`${r.rule}\``);
  });

  it('a small budget keeps every table whole and says how many files it left out', () => {
    for (const budget of [3_000, 8_000, 20_000]) {
      const out = markdown(report, { color: false, quiet: false, maxCommentSize: budget });
      expect(out.length).toBeLessThanOrEqual(budget);
      expectWholeTables(out);
      expect(out).toMatch(/more files? (is|are) not detailed here: see the full report/);
    }
  });

  it('through the CLI (jobs, defaults): under 65,536 characters', async () => {
    const { out } = await cli(['-f', 'markdown', REAL_CORPUS], process.cwd());
    expect(out.length).toBeLessThan(GITHUB_LIMIT);
    expectWholeTables(out);
  }, 240_000);
});

describe('small reports and links', () => {
  const doc = '# Feed\n\nWe rank posts with a deep neural network. TODO: metrics.\n';
  const files = Array.from({ length: 3 }, (_, i) => {
    const r = lint(doc, { path: `docs/${i}.md` });
    return { path: r.path, results: r.results, score: r.score };
  });
  const report: Report = { files, summary: summarize(files) };

  it('a report within the budget is the full report', () => {
    expect(markdown(report, { color: false, quiet: false })).toBe(markdown(report, { color: false, quiet: false, maxCommentSize: 10_000_000 }));
    expect(markdown(report, { color: false, quiet: false })).toContain('### clarify');
  });

  it('a shortened report links to the full reports the run names', () => {
    const out = markdown(report, {
      color: false,
      quiet: false,
      maxCommentSize: 2_500,
      fullReports: [
        { label: 'HTML report', href: 'https://example.org/run/1/report.html' },
        { label: 'SARIF', href: 'report.sarif' },
      ],
    });
    expect(out.length).toBeLessThanOrEqual(2_500);
    expect(out).toContain('[HTML report](https://example.org/run/1/report.html)');
    expect(out).toContain('[SARIF](report.sarif)');
  });

  it('--max-comment-size takes a number of characters; anything else is a usage error', async () => {
    expect((await cli(['--max-comment-size', 'lots', 'x.md'], process.cwd())).code).toBe(2);
    expect((await cli(['--max-comment-size', '10'], process.cwd())).err).toContain('--max-comment-size takes a number of characters from 1000');
  });
});
