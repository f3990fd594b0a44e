/**
 * Issue 15, item 7: lines are the same in every format. A failure about
 * something missing has no evidence; the core places it at its phase's
 * heading (or line 1), and stylish, JSON, SARIF, GitHub and JUnit all
 * report that line. --min-score failures are ::error annotations in -f github.
 */
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { cli, scratchProjects } from './helpers/cli.js';

const doc = '# Feed\n\nWe rank posts.\n\n## Clarify the problem\n\nWe rank posts for a home feed.\n\n## Data\n\nClick logs.\n';
const LATENCY = 'latency-constraint-stated'; // missing: reported at the clarify heading, line 5
const make = scratchProjects();

/** The line each format gives a rule's failure. */
function linesIn(report: Report, rule: string): Record<string, number> {
  const plain = { color: false, quiet: false };
  const stylish = formatters.stylish!(report, plain).split('\n').find((l) => l.includes(` ${rule} `))!;
  const json = JSON.parse(formatters.json!(report, plain)).files[0].results.find((r: { rule: string }) => r.rule === rule);
  const sarif = (JSON.parse(formatters.sarif!(report, plain)) as Log).runs[0]!.results!.find((r) => r.ruleId === rule)!;
  const github = formatters.github!(report, plain).split('\n').find((l) => l.includes(`title=${rule}::`))!;
  const junit = formatters.junit!(report, plain);
  const junitLine = new RegExp(`name="${rule}">\\n +<failure [^>]*>[^:]*:(\\d+):`).exec(junit)!;
  return {
    stylish: Number(/\(line (\d+)\)$/.exec(stylish)![1]),
    json: json.line,
    sarif: sarif.locations![0]!.physicalLocation!.region!.startLine!,
    github: Number(/line=(\d+)/.exec(github)![1]),
    junit: Number(junitLine[1]),
  };
}

describe('one line for a failure in every format', () => {
  it('something missing: its phase heading, everywhere (stylish used to print no line)', () => {
    const r = lint(doc, { path: 'feed.md' });
    const file = { path: r.path, results: r.results, score: r.score };
    const lines = linesIn({ files: [file], summary: summarize([file]) }, LATENCY);
    expect(lines).toEqual({ stylish: 5, json: 5, sarif: 5, github: 5, junit: 5 });
  });

  it('a hand-built result without a line: its first evidence, else line 1, in every format alike', () => {
    const r = lint(doc, { path: 'feed.md' });
    const results = r.results.map((x) => {
      const { line: _line, column: _column, ...rest } = x;
      return x.rule === LATENCY ? { ...rest, evidence: [{ line: 7, column: 1, text: 'We rank posts for a home feed.' }] } : rest;
    });
    const file = { path: r.path, results, score: r.score };
    const report = { files: [file], summary: summarize([file]) };
    expect(linesIn(report, LATENCY)).toEqual({ stylish: 7, json: undefined, sarif: 7, github: 7, junit: 7 });
    expect(linesIn(report, 'ab-test-rollout')).toEqual({ stylish: 1, json: undefined, sarif: 1, github: 1, junit: 1 });
  });
});

describe('--min-score in -f github', () => {
  it('each file below the gate is an ::error annotation (the run fails: the pull request shows why)', async () => {
    const dir = make({ 'feed.md': doc });
    const r = await cli(['feed.md', '-f', 'github', '--min-score', '70'], dir);
    expect(r.code).toBe(1);
    const total = lint(doc).score.total;
    expect(r.out).toContain(`::error file=feed.md,line=1,col=1,title=min-score::score ${total} is below --min-score 70`);
    const passing = await cli(['feed.md', '-f', 'github', '--min-score', String(total)], dir);
    expect(passing.out).not.toContain('title=min-score');
  });
});
