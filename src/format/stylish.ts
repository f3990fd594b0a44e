/**
 * The default terminal format: grouped by file, then by phase; each rule
 * with its status, the evidence line (pass) or the message and how to fix
 * it (fail). A score block (phase bars, total, band, top fixes) ends each
 * file; with several files a ranking and the mean per phase follow; a tally
 * ends the report.
 */
import { createColors } from 'picocolors';
import { PHASES, type FileReport, type RuleResult } from '../core/types.js';
import type { Report } from '../core/report.js';
import { budgetParts, capNote, clip, gainLabel, rubricLine, textBar, toneOf } from './score-parts.js';
import type { Formatter } from './types.js';
import { terminalSafe } from './escape.js';
import { ruleErrorText } from './failures.js';

const GROUPS = [...PHASES, 'document'] as const;

function fileBlock(file: FileReport, c: ReturnType<typeof createColors>, quiet: boolean): string {
  const lines: string[] = [c.underline(terminalSafe(file.path))];
  const width = Math.max(...file.results.map((r) => r.rule.length), 10);
  for (const group of GROUPS) {
    const results = file.results.filter((r) => r.phase === group && (!quiet || (r.status === 'fail' && r.severity === 'error')));
    if (results.length === 0) continue;
    lines.push(`  ${c.bold(group)}`);
    for (const r of results) lines.push(resultLine(r, width, c));
  }
  // a rule that threw has no result: say so, even with --quiet (an internal error)
  for (const e of file.ruleErrors ?? []) lines.push(`  ${c.red('✗')} ${c.red(terminalSafe(ruleErrorText(e)))}`);
  if (!quiet) lines.push(...scoreBlock(file, c));
  return lines.join('\n');
}

type Colors = ReturnType<typeof createColors>;

function toned(c: Colors, value: number | null, text: string): string {
  const tone = toneOf(value);
  return tone === 'good' ? c.green(text) : tone === 'fair' ? c.yellow(text) : tone === 'poor' ? c.red(text) : c.dim(text);
}

/** Phase bars (a value per phase, "-" where none applies). */
function phaseBars(phases: Record<(typeof PHASES)[number], number | null>, c: Colors): string[] {
  return PHASES.map((p) => {
    const v = phases[p];
    return `    ${p.padEnd(11)} ${toned(c, v, textBar(v))} ${String(v ?? '-').padStart(3)}`;
  });
}

/** The compact score block that ends a file: total and band, phase bars, cap, top fixes. */
function scoreBlock(file: FileReport, c: Colors): string[] {
  const s = file.score;
  const lines = [`  ${c.bold(`score ${s.total}/100`)}  ${toned(c, s.total, s.band)}  ${c.dim(`(${rubricLine(s)})`)}`, ...phaseBars(s.phases, c)];
  // where the words went, beside the framework's time budget (outside it in yellow)
  const budget = budgetParts(file);
  if (budget.length > 0) lines.push(`    ${c.dim('words:')} ${budget.map((b) => (b.within ? b.text : c.yellow(b.text))).join(c.dim(' · '))}`);
  const cap = capNote(s);
  if (cap) lines.push(`    ${c.yellow(cap)}`);
  if (s.fixes.length > 0) {
    const fixes = s.fixes.map((f) => `${c.green(gainLabel(f))} ${f.rules.map((r) => r.rule).join(' + ')}`);
    lines.push(`    ${c.dim('to raise it:')} ${fixes.join(c.dim(' · '))}`);
  }
  return lines;
}

/** With several files: the files ranked by total, and the mean per phase. */
function summaryBlock(report: Report, c: Colors): string {
  const s = report.summary;
  const width = String(s.ranking.length).length;
  const bandWidth = Math.max(...s.ranking.map((r) => r.band.length));
  const lines = [c.bold(`ranking (${s.rubric} rubric)`)];
  s.ranking.forEach((r, i) => {
    lines.push(`  ${String(i + 1).padStart(width)}. ${toned(c, r.total, String(r.total).padStart(3))}  ${r.band.padEnd(bandWidth)}  ${r.path}`);
  });
  lines.push(c.bold(`mean per phase (mean total ${s.meanScore ?? '-'})`), ...phaseBars(s.meanPhases, c));
  return lines.join('\n');
}

function resultLine(r: RuleResult, width: number, c: ReturnType<typeof createColors>): string {
  const name = r.rule.padEnd(width);
  if (r.status === 'pass') {
    const e = r.evidence[0];
    const where = e ? `${e.line}:${e.column}`.padEnd(8) : ''.padEnd(8);
    const quote = e ? c.dim(clip(terminalSafe(e.text), 70)) : '';
    return `    ${c.green('✓')} ${name}  ${c.dim(where)}${quote}`;
  }
  if (r.status === 'n/a') return `    ${c.dim('-')} ${c.dim(name)}  ${c.dim('n/a')}`;
  const label = r.severity === 'error' ? c.red('error') : c.yellow('warn ');
  const mark = r.severity === 'error' ? c.red('✗') : c.yellow('!');
  const e = r.evidence[0];
  const where = e ? c.dim(` (line ${e.line})`) : '';
  return `    ${mark} ${name}  ${label}  ${terminalSafe(r.message ?? '')}${where}`;
}

export const stylish: Formatter = (report, { color, quiet }) => {
  const c = createColors(color);
  const blocks = report.files.map((f) => fileBlock(f, c, quiet)).filter((b) => !quiet || b.includes('\n'));
  if (report.files.length > 1 && !quiet) blocks.push(summaryBlock(report, c));
  const s = report.summary;
  const parts: string[] = [];
  if (s.errors > 0) parts.push(c.red(`${s.errors} error${s.errors === 1 ? '' : 's'}`));
  if (s.warnings > 0 && !quiet) parts.push(c.yellow(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`));
  const tally = parts.length > 0 ? parts.join(', ') : c.green('no problems');
  const files = `${s.files} file${s.files === 1 ? '' : 's'}`;
  const meanScore = s.files > 1 && s.meanScore !== null && !quiet ? `, mean score ${s.meanScore}/100` : '';
  const unreadable = s.unreadable.length > 0 ? `, ${c.red(`${s.unreadable.length} unreadable`)}` : '';
  // rules that threw are internal errors: never a clean tally
  const thrown = report.files.reduce((n, f) => n + (f.ruleErrors?.length ?? 0), 0);
  const ruleErrorsNote = thrown > 0 ? `, ${c.red(`${thrown} rule${thrown === 1 ? '' : 's'} failed to run`)}` : '';
  blocks.push(`${s.errors > 0 || thrown > 0 ? c.red('✗') : c.green('✓')} ${tally} in ${files}${meanScore}${unreadable}${ruleErrorsNote}`);
  return `${blocks.join('\n\n')}\n`;
};
