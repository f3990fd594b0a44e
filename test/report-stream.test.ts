/**
 * Reports that follow the report, not the repo (issue 13, item 8): the
 * json, sarif and stylish reports are streamed a file at a time and must be
 * byte for byte the reports built whole; the summary is added up as
 * numbers; SARIF's spool keeps lines on disk, not in memory; the command
 * writes each file's part as it goes, in input order.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import type { FileReport } from '../src/core/types.js';
import { streamJson } from '../src/format/json.js';
import { streamSarif } from '../src/format/sarif.js';
import { stylish, streamStylish } from '../src/format/stylish.js';
import { ARRAY_MARK, FramedArray, jsonFrame } from '../src/format/json-frame.js';
import { memorySpool, type SpoolFactory, type StreamFormat } from '../src/format/stream.js';
import type { FormatOptions } from '../src/format/types.js';
import { SummaryTally } from '../src/cli/summary.js';
import { fileSpools } from '../src/cli/spool.js';
import { wholeSarif } from './helpers/whole-sarif.js';
import { cli, scratchProjects } from './helpers/cli.js';
import { throwingRule } from './helpers/throwing-rule.js';
import { rules } from '../rules/index.js';
import { createLinter } from '../src/core/linter.js';

const GOOD = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');
const HELDOUT = new URL('../fixtures/heldout/', import.meta.url);

/** Varied files: the held-out fixtures, inline comments that silence failures (and one that silences lines), a rule that throws. */
function files(): FileReport[] {
  const texts = readdirSync(HELDOUT)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .slice(0, 8)
    .map((f) => ({ path: `heldout/${f}`, text: readFileSync(new URL(f, HELDOUT), 'utf8') }));
  const out: FileReport[] = texts.map(({ path, text }) => lint(text, { path }));
  out.push(lint(`${GOOD}\n<!-- mlsd-lint disable-file io-defined -- “quoted” reason, ünïcode -->\n`, { path: 'silenced.md' }));
  out.push(lint('# Feed\n\nWe rank posts.\n\n<!-- mlsd-lint disable-next-line no-placeholders -- later -->\nTBD: metric.\n\nTODO: latency.\n\n<!-- mlsd-lint disable-file io-defined -->\n', { path: 'dir with space/lines.md' }));
  out.push(createLinter({ rules: [...rules, throwingRule] }).lint(GOOD, { path: '/abs/throws.md' }));
  return out;
}

function streamed(format: StreamFormat, report: Report, options: FormatOptions, spool?: SpoolFactory): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  const writer = format(
    options,
    (t) => {
      text += t;
      writes++;
    },
    spool,
  );
  for (const f of report.files) writer.file(f);
  writer.end(report.summary, options.exitCode);
  return { text, writes };
}

const OPTIONS: FormatOptions[] = [
  { color: false, quiet: false, version: '1.2.3' },
  { color: true, quiet: true },
  { color: false, quiet: false, verbose: true, exitCode: 1, minScore: 90, maxWarnings: 0, width: 60 },
];

describe('streamed reports equal the reports built whole', () => {
  const all = files();
  const unreadable = [{ path: 'gone.md', reason: 'no such file' }];
  const reports: Report[] = [
    { files: all, summary: summarize(all, unreadable) },
    { files: all.slice(0, 1), summary: summarize(all.slice(0, 1)) },
    { files: [], summary: summarize([], unreadable) },
  ];

  it('the inputs hold what the formats treat apart: silenced failures, silenced lines, a rule that threw', () => {
    expect(all.some((f) => f.suppressions?.some((s) => s.status === 'fail' && s.scope === 'result'))).toBe(true);
    expect(all.some((f) => f.suppressions?.some((s) => s.scope === 'lines'))).toBe(true);
    expect(all.some((f) => f.ruleErrors?.length)).toBe(true);
  });

  for (const [i, report] of reports.entries()) {
    for (const [j, options] of OPTIONS.entries()) {
      it(`report ${i} (${report.files.length} files), options ${j}`, () => {
        // JSON: what JSON.stringify of the whole report gave
        const files = options.quiet ? report.files.map((f) => ({ ...f, results: f.results.filter((r) => r.status === 'fail' && r.severity === 'error') })) : report.files;
        const json = streamed(streamJson, report, options);
        expect(json.text).toBe(`${JSON.stringify({ files, summary: report.summary }, null, 2)}\n`);
        // written as it goes: a write per file (and the tail), not one at the end
        expect(json.writes).toBe(report.files.length + 1);
        // SARIF: the log built whole, with the spool in memory and on disk
        const whole = wholeSarif(report, options) as string;
        expect(streamed(streamSarif, report, options).text).toBe(whole);
        const disk = fileSpools();
        expect(streamed(streamSarif, report, options, disk.factory).text).toBe(whole);
        // stylish: the formatter's whole text, a block per file as it comes
        const s = streamed(streamStylish, report, options);
        expect(s.text).toBe(stylish(report, options));
        expect(s.writes).toBe(report.files.length + (report.files.length > 1 ? 2 : 1));
      });
    }
  }

  it('the summary added up a file at a time is summarize() of the files', () => {
    for (const list of [all, all.slice(2, 5), []]) {
      const tally = new SummaryTally();
      for (const f of list) tally.add(f);
      expect(tally.summary(unreadable)).toEqual(summarize(list, unreadable));
      expect(JSON.stringify(tally.summary([]))).toBe(JSON.stringify(summarize(list)));
    }
  });
});

describe('the JSON frame', () => {
  it('writes an array piece by piece as JSON.stringify writes it whole', () => {
    for (const items of [[], [1], [{ a: [1, { b: 'x\ny' }] }, [], 'z']]) {
      const value = { before: { k: [] }, list: items, after: [null, { deep: true }] };
      let text = '';
      const array = new FramedArray(
        (t) => (text += t),
        () => jsonFrame({ before: { k: [] }, list: [ARRAY_MARK], after: null }),
      );
      for (const item of items) array.push(item);
      array.close(jsonFrame({ before: { k: [] }, list: [ARRAY_MARK], after: [null, { deep: true }] }));
      expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('refuses a skeleton without the mark', () => {
    expect(() => jsonFrame({ list: [] })).toThrow(/exactly once/);
  });
});

describe('the spool on disk', () => {
  it('gives back every line in order, multi-byte characters across its read chunks included, and leaves no file', () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('mlsd-lint-spool-')).length;
    const { factory } = fileSpools();
    const spool = factory();
    const lines = Array.from({ length: 3000 }, (_, i) => `${i} ${'é€😀'.repeat(i % 700)} end`);
    for (const line of lines) spool.append(line);
    // unlinked at once: nothing to leave behind, even if the run is killed
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('mlsd-lint-spool-')).length).toBe(before);
    expect([...spool.lines()]).toEqual(lines);
  });

  it('the memory spool too', () => {
    const spool = memorySpool();
    spool.append('a');
    spool.append('b');
    expect([...spool.lines()]).toEqual(['a', 'b']);
  });
});

describe('the command streams its reports in input order', () => {
  const scratch = scratchProjects();
  const docs: Record<string, string> = {};
  for (let i = 0; i < 6; i++) docs[`d${i}.md`] = `${GOOD}\n<!-- copy ${i} -->\n`;

  it('json on standard output arrives a file at a time and equals the report built whole', async () => {
    const dir = scratch(docs);
    const writes: string[] = [];
    const r = await cli(['.', '-f', 'json'], dir, { stdout: (t: string) => void writes.push(t) });
    expect(r.code).toBe(0);
    const text = writes.join('');
    const report = JSON.parse(text) as Report;
    expect(report.files.map((f) => f.path)).toEqual(Object.keys(docs));
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // the head with the first file, one write per other file, the tail with the summary
    expect(writes).toHaveLength(7);
    writes.slice(0, 6).forEach((w, i) => expect(w).toContain(`"path": "d${i}.md"`));
  });

  it('stylish and sarif to files equal the same run to standard output', async () => {
    const dir = scratch(docs);
    const toFiles = await cli(['.', '-f', 'stylish:out.txt', '-f', 'sarif:out.sarif', '--min-score', '99'], dir);
    const stylishOut = await cli(['.', '-f', 'stylish', '--min-score', '99'], dir);
    const sarifOut = await cli(['.', '-f', 'sarif', '--min-score', '99'], dir);
    expect(toFiles.code).toBe(stylishOut.code);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(stylishOut.out);
    expect(readFileSync(join(dir, 'out.sarif'), 'utf8')).toBe(sarifOut.out);
    // nothing but the reports is left in the folder (no temporary file)
    expect(readdirSync(dir).sort()).toEqual([...Object.keys(docs), 'out.sarif', 'out.txt'].sort());
  });

  it('a report to /dev/stdout beside the one on standard output waits for it: one after the other, not interleaved', async () => {
    const dir = scratch(docs);
    const both = await cli(['.', '-f', 'stylish', '-f', 'json:/dev/stdout'], dir);
    const first = await cli(['.', '-f', 'stylish'], dir);
    const second = await cli(['.', '-f', 'json'], dir);
    expect(both.out).toBe(first.out + second.out);
  });
});

describe('a streamed report stopped by a signal', () => {
  const bin = new URL('../dist/src/cli/main.js', import.meta.url).pathname;

  it.skipIf(!existsSync(bin))('SIGTERM while the report grows: the previous report stays, no temporary file, the process dies of the signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-stream-signal-'));
    try {
      mkdirSync(join(dir, 'docs'));
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'docs', `d${String(i).padStart(2, '0')}.md`), `${GOOD}\n<!-- copy ${i} -->\n`);
      writeFileSync(join(dir, 'report.json'), 'the previous report');
      const child = spawn(process.execPath, [bin, 'docs', '-f', 'json', '-o', 'report.json', '--jobs', '1'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // the report's temporary file appears with the first document's results, long before the last
      const temporary = (): boolean => readdirSync(dir).some((f) => f.startsWith('.report.json.mlsd-lint-'));
      for (let i = 0; i < 600 && !temporary() && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
      expect(temporary()).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(readdirSync(dir).sort()).toEqual(['docs', 'report.json']);
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('the previous report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
