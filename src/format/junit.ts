/**
 * JUnit XML (`--format junit`): one test suite per file, one test case per
 * rule that ran; a failing rule is a <failure> (type error or warn, as
 * ESLint's junit format does), an n/a rule is <skipped>. Unreadable inputs
 * are test cases with an <error>. --quiet keeps only failing errors.
 * Text is XML-escaped and characters XML 1.0 cannot hold are dropped.
 */
import type { FileReport, RuleError, RuleResult, Suppression } from '../core/types.js';
import { failurePlace, ruleErrorText } from './failures.js';
import { suppressionLine } from './suppressions.js';
import type { Formatter } from './types.js';

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function testCase(file: FileReport, r: RuleResult): string {
  const open = `    <testcase classname="${xmlEscape(file.path)}" name="${xmlEscape(r.rule)}"`;
  if (r.status === 'pass') return `${open}/>`;
  if (r.status === 'n/a') return `${open}>\n      <skipped message="not applicable"/>\n    </testcase>`;
  const at = failurePlace(r);
  const where = `${file.path}:${at.line}:${at.column}`;
  const message = r.message ?? r.rule;
  return `${open}>\n      <failure type="${r.severity}" message="${xmlEscape(message)}">${xmlEscape(`${where} ${r.severity} ${message}`)}</failure>\n    </testcase>`;
}

/** A rule that threw: its test case is an <error>. */
function errorCase(file: FileReport, e: RuleError): string {
  return `    <testcase classname="${xmlEscape(file.path)}" name="${xmlEscape(e.rule)}">\n      <error message="${xmlEscape(ruleErrorText(e))}"/>\n    </testcase>`;
}

/** A rule whose result an inline comment left out: a skipped test case that says by which comment and why. */
function silencedCase(file: FileReport, s: Suppression): string {
  return `    <testcase classname="${xmlEscape(file.path)}" name="${xmlEscape(s.rule)}">\n      <skipped message="${xmlEscape(`silenced inline: ${suppressionLine(s)}`)}"/>\n    </testcase>`;
}

function suite(name: string, cases: string[], counts: { failures: number; errors: number; skipped: number }, out: string[] = []): string {
  const head = `  <testsuite name="${xmlEscape(name)}" tests="${cases.length}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">`;
  // every suppression, lines of a failure that is still reported included, in the suite's output
  const system = out.length > 0 ? [`    <system-out>${xmlEscape(out.join('\n'))}</system-out>`] : [];
  const body = [...cases, ...system];
  return body.length > 0 ? `${head}\n${body.join('\n')}\n  </testsuite>` : `${head}</testsuite>`;
}

export const junit: Formatter = (report, { quiet }) => {
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const file of report.files) {
    const results = file.results.filter((r) => !quiet || (r.status === 'fail' && r.severity === 'error'));
    const errors = file.ruleErrors ?? [];
    const silenced = (file.suppressions ?? []).filter((x) => x.scope === 'result' && (!quiet || (x.status === 'fail' && x.severity === 'error')));
    const silencedRules = [...new Map(silenced.map((x) => [x.rule, x])).values()];
    const counts = {
      failures: results.filter((r) => r.status === 'fail').length,
      errors: errors.length,
      skipped: results.filter((r) => r.status === 'n/a').length + silencedRules.length,
    };
    const cases = [...results.map((r) => testCase(file, r)), ...silencedRules.map((x) => silencedCase(file, x)), ...errors.map((e) => errorCase(file, e))];
    const out = (file.suppressions ?? []).map((x) => `silenced inline: ${suppressionLine(x)}`);
    suites.push(suite(file.path, cases, counts, out));
    total.tests += cases.length;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  }
  for (const u of report.summary.unreadable) {
    const body = `    <testcase classname="${xmlEscape(u.path)}" name="read">\n      <error message="${xmlEscape(u.reason)}"/>\n    </testcase>`;
    suites.push(suite(u.path, [body], { failures: 0, errors: 1, skipped: 0 }));
    total.tests += 1;
    total.errors += 1;
  }
  const head = `<testsuites name="mlsd-lint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
};
