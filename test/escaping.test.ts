/**
 * Output safety of the formats on this branch (issue 6): document text and
 * file names carrying hostile payloads (test/helpers/payloads.ts) never
 * escape their place in the report. JSON: always valid, every string
 * round-trips exactly, no raw control character. Stylish (a terminal): no
 * control character, bidi override or line separator from the document or
 * the file name reaches the output; each payload stays on its line.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/shipped.js';
import { summarize, type Report } from '../src/core/report.js';
import { formatters } from '../src/format/index.js';
import { terminalSafe } from '../src/format/escape.js';
import { PAYLOADS, TERMINAL_CONTROL, documentWith } from './helpers/payloads.js';

function reportOf(payload: string): Report {
  const r = lint(documentWith(payload), { path: `design ${payload}.md` });
  const files = [{ path: r.path, results: r.results, score: r.score }];
  return { files, summary: summarize(files, [{ path: `broken ${payload}.md`, reason: 'not valid UTF-8 text' }]) };
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(PAYLOADS)('payload: $name', ({ text }) => {
  const report = reportOf(text);
  const quoted = strings(report).filter((s) => s.includes(text.replace(/\s+/g, ' ').trim()));

  it('reaches the report (so the checks below see it)', () => {
    // file paths always carry it whole; evidence quotes carry it whitespace-collapsed
    expect(quoted.length).toBeGreaterThan(1);
  });

  it('json: valid, exact round trip, no raw control characters', () => {
    for (const quiet of [false, true]) {
      const out = formatters.json!(report, { color: false, quiet });
      expect(out).not.toMatch(/[\u0000-\u001f](?<!\n)/);
      const parsed = JSON.parse(out) as Report;
      if (!quiet) expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
      expect(parsed.files[0]!.path).toBe(`design ${text}.md`);
      expect(parsed.summary.unreadable[0]!.path).toBe(`broken ${text}.md`);
    }
  });

  it('stylish: no terminal control from the document or the file name', () => {
    for (const color of [false, true]) {
      const out = formatters.stylish!(report, { color, quiet: false });
      // only our own colour codes (ESC [ ... m) may appear, and only with colour on
      const withoutOurColours = color ? out.replace(/\u001b\[[0-9;]*m/g, '') : out;
      expect(withoutOurColours).not.toMatch(TERMINAL_CONTROL);
      // the file name is one line, shown with visible escapes
      expect(out.split('\n')[0]).toContain(terminalSafe(`design ${text}.md`).split('\n')[0]!);
    }
  });
});

describe('terminalSafe', () => {
  it('shows controls, bidi overrides and separators as escapes and keeps the rest', () => {
    expect(terminalSafe('a\u001b[2Jb\r\nc\u202ed\u2028e')).toBe('a\\u{1b}[2Jb\\u{d}\\u{a}c\\u{202e}d\\u{2028}e');
    expect(terminalSafe('plain “text” – ünïcödé 😀')).toBe('plain “text” – ünïcödé 😀');
  });
});
