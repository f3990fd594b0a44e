import { describe, expect, it } from 'vitest';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import { readFileSync } from 'node:fs';

const example = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');

describe('lint()', () => {
  it('reports every rule, passes and n/a included, in catalog order', () => {
    const report = lint(example, { path: 'x.md' });
    expect(report.results.map((r) => r.rule)).toEqual(rules.map((r) => r.meta.id));
    for (const r of report.results) {
      expect(['pass', 'fail', 'n/a']).toContain(r.status);
      expect(r.message === null).toBe(r.status !== 'fail');
    }
  });

  it('gives evidence lines inside the document, quoting the line', () => {
    const lines = example.split('\n');
    const report = lint(example);
    for (const r of report.results) {
      for (const e of r.evidence) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.line).toBeLessThanOrEqual(lines.length);
        const words = e.text.replace(/^[a-z]+: /, '').split(/\s+/).slice(0, 2).join(' ').replace(/[*_`…]/g, '');
        expect(lines[e.line - 1]!.replace(/[*_`]/g, '')).toContain(words.replace(/[*_`]/g, ''));
      }
    }
  });

  it('scores the example fully and lists no failure messages', () => {
    const report = lint(example);
    expect(report.score.total).toBe(100);
    expect(report.messages).toEqual([]);
  });

  it('turns a failing rule into a vfile message with rule id and severity', () => {
    const report = lint('# Feed\n\nWe rank posts.\n');
    const latency = report.messages.find((m) => m.rule === 'latency-constraint-stated');
    expect(latency).toMatchObject({ severity: 'error', line: 1 });
    const io = report.messages.find((m) => m.rule === 'io-defined');
    expect(io?.severity).toBe('warn');
  });

  it('honours per-rule severity and "off"', () => {
    const report = lint('# Feed\n', { rules: { 'latency-constraint-stated': 'off', 'io-defined': 'error' } });
    expect(report.results.some((r) => r.rule === 'latency-constraint-stated')).toBe(false);
    expect(report.results.find((r) => r.rule === 'io-defined')?.severity).toBe('error');
    expect(report.messages.find((m) => m.rule === 'io-defined')?.severity).toBe('error');
  });

  it('rejects an unknown rule id by name', () => {
    expect(() => lint('# x', { rules: { 'no-such-rule': 'off' } })).toThrow(/no-such-rule/);
  });

  it('treats an empty file, a BOM and CRLF as ordinary input', () => {
    expect(lint('').results).toHaveLength(rules.length);
    const lf = lint(example);
    const crlf = lint(`\uFEFF${example.replace(/\n/g, '\r\n')}`);
    expect(crlf.results.map((r) => [r.rule, r.status, r.evidence.map((e) => e.line)])).toEqual(
      lf.results.map((r) => [r.rule, r.status, r.evidence.map((e) => e.line)]),
    );
  });

  it('counts lines from the top of the file when there is front matter', () => {
    const doc = '---\ntitle: x\n---\n\n# Ads\n\nWe frame this as binary classification.\n';
    const task = lint(doc).results.find((r) => r.rule === 'ml-task-framed')!;
    expect(task.evidence[0]).toMatchObject({ line: 7, column: 1 });
  });

  it('produces plain serialisable data', () => {
    const report = lint(example);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
