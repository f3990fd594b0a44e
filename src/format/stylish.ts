/**
 * The default terminal format: per file its problems first (failing rules
 * by phase, with the message and how to fix it), what inline comments
 * silenced, then the score block (phase bars, total, band, top fixes);
 * passing and n/a rules only with --verbose (a count otherwise: 51 files
 * are a screen per problem, not 2,000 lines of passes). With several files
 * a ranking and the mean per phase follow; a tally ends the report, and it
 * is green only when the run exits 0. --quiet hides warnings, not the grade.
 */
import { createColors } from 'picocolors';
import { PHASES, type FileReport, type RuleResult } from '../core/types.js';
import type { Summary } from '../core/report.js';
import { collect, type StreamFormat } from './stream.js';
import { budgetParts, capNote, clip, gainLabel, rubricLine, textBar, toneOf } from './score-parts.js';
import type { FormatOptions, Formatter } from './types.js';
import { terminalSafe } from './escape.js';
import { failurePlace, ruleErrorText } from './failures.js';
import { naReason } from './na-reason.js';
import { mustHaveLabel, silencedCapNote, suppressedTally, wasLabel } from './suppressions.js';

const GROUPS = [...PHASES, 'document'] as const;
/** Columns when the report does not go to a terminal (a pipe, a file, a CI log). */
export const DEFAULT_WIDTH = 120;

interface Style {
  c: Colors;
  quiet: boolean;
  verbose: boolean;
  width: number;
}

function grouped(results: readonly RuleResult[], width: number, style: Style): string[] {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const inGroup = results.filter((r) => r.phase === group);
    if (inGroup.length === 0) continue;
    lines.push(`  ${style.c.bold(group)}`);
    for (const r of inGroup) lines.push(resultLine(r, width, style));
  }
  return lines;
}

function fileBlock(file: FileReport, style: Style): string {
  const { c, quiet, verbose } = style;
  const lines: string[] = [c.underline(terminalSafe(file.path))];
  const width = Math.max(...file.results.map((r) => r.rule.length), ...(file.suppressions ?? []).map((s) => s.rule.length), 10);
  const problems = file.results.filter((r) => r.status === 'fail' && (!quiet || r.severity === 'error'));
  lines.push(...grouped(problems, width, style));
  // a rule that threw has no result: say so, even with --quiet (an internal error)
  for (const e of file.ruleErrors ?? []) lines.push(`  ${c.red('✗')} ${c.red(terminalSafe(ruleErrorText(e)))}`);
  // what inline comments silenced: always shown, --quiet included (a grade is never raised unseen)
  if (file.suppressions?.length) {
    lines.push(`  ${c.bold('silenced inline')}`);
    for (const s of file.suppressions) {
      const must = mustHaveLabel(s);
      const reason = s.reason === null ? c.dim('no reason given') : `“${terminalSafe(s.reason)}”`;
      const what = `${wasLabel(s)}${must ? `, ${must}` : ''}${s.scope === 'lines' ? `, line${s.lines.length === 1 ? '' : 's'} ${s.lines.join(', ')}` : ''}`;
      lines.push(`    ${c.yellow('⊘')} ${s.rule.padEnd(width)}  ${c.dim(`line ${s.line}`.padEnd(8))}${s.directive}: ${what}: ${reason}`);
    }
  }
  // --report-unused-disable-directives: ESLint reports them as errors, with the other problems
  for (const u of file.unusedDirectives ?? []) lines.push(`  ${c.red('✗')} ${c.dim(`line ${u.line}`)} ${u.message}`);
  const others = file.results.filter((r) => r.status !== 'fail');
  if (verbose && !quiet) lines.push(...grouped(others, width, style));
  else if (!quiet && others.length > 0) {
    const passed = others.filter((r) => r.status === 'pass').length;
    const na = others.length - passed;
    lines.push(`  ${c.green('✓')} ${c.dim(`${passed} passed${na > 0 ? `, ${na} n/a` : ''} (--verbose lists them)`)}`);
  }
  lines.push(...scoreBlock(file, c));
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
  const silenced = silencedCapNote(file);
  if (silenced) lines.push(`    ${c.yellow(terminalSafe(silenced))}`);
  if (s.fixes.length > 0) {
    const fixes = s.fixes.map((f) => `${c.green(gainLabel(f))} ${f.rules.map((r) => r.rule).join(' + ')}`);
    lines.push(`    ${c.dim('to raise it:')} ${fixes.join(c.dim(' · '))}`);
  }
  return lines;
}

/** With several files: the files ranked by total, and the mean per phase. */
function summaryBlock(s: Summary, c: Colors): string {
  const width = String(s.ranking.length).length;
  const bandWidth = Math.max(...s.ranking.map((r) => r.band.length));
  const lines = [c.bold(`ranking (${s.rubric} rubric)`)];
  s.ranking.forEach((r, i) => {
    lines.push(`  ${String(i + 1).padStart(width)}. ${toned(c, r.total, String(r.total).padStart(3))}  ${r.band.padEnd(bandWidth)}  ${r.path}`);
  });
  lines.push(c.bold(`mean per phase (mean total ${s.meanScore ?? '-'})`), ...phaseBars(s.meanPhases, c));
  return lines.join('\n');
}

function resultLine(r: RuleResult, width: number, style: Style): string {
  const { c } = style;
  const name = r.rule.padEnd(width);
  if (r.status === 'pass') {
    const e = r.evidence[0];
    const where = e ? `${e.line}:${e.column}`.padEnd(8) : ''.padEnd(8);
    // the quote gets what the terminal has left after "    ✓ rule  line:col "
    const room = Math.max(20, style.width - (4 + 2 + width + 2 + 8));
    const quote = e ? c.dim(clip(terminalSafe(e.text), room)) : '';
    return `    ${c.green('✓')} ${name}  ${c.dim(where)}${quote}`;
  }
  if (r.status === 'n/a') {
    // why it does not apply, cut to the terminal as quotes are
    const why = naReason(r.rule);
    const room = Math.max(20, style.width - (4 + 2 + width + 2 + 5));
    return `    ${c.dim('-')} ${c.dim(name)}  ${c.dim(why ? `n/a: ${clip(why, room)}` : 'n/a')}`;
  }
  const label = r.severity === 'error' ? c.red('error') : c.yellow('warn ');
  const mark = r.severity === 'error' ? c.red('✗') : c.yellow('!');
  // the line every format gives it (its evidence, else its phase heading, else line 1)
  const where = c.dim(` (line ${failurePlace(r).line})`);
  return `    ${mark} ${name}  ${label}  ${terminalSafe(r.message ?? '')}${where}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why a run with no failing error still fails: the gates it did not pass. */
function gateNotes(summary: Summary, below: number, options: FormatOptions): string[] {
  const notes: string[] = [];
  if (below > 0) notes.push(`${plural(below, 'file')} below --min-score ${options.minScore}`);
  if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) notes.push(`more than --max-warnings ${options.maxWarnings}`);
  return notes;
}

/** The tally that ends the report: green only for a run that exits 0. */
function tallyLine(s: Summary, counts: { thrown: number; below: number }, options: FormatOptions, exitCode: number | undefined, c: Colors): string {
  const { quiet } = options;
  const parts: string[] = [];
  if (s.errors > 0) parts.push(c.red(plural(s.errors, 'error')));
  if (s.warnings > 0 && !quiet) parts.push(c.yellow(plural(s.warnings, 'warning')));
  const tally = parts.length > 0 ? parts.join(', ') : 'no problems';
  const files = s.files === 0 ? 'no files linted' : `in ${plural(s.files, 'file')}`;
  const meanScore = s.files > 1 && s.meanScore !== null ? `, mean score ${s.meanScore}/100` : '';
  const unreadable = s.unreadable.length > 0 ? `, ${c.red(`${s.unreadable.length} unreadable`)}` : '';
  const silenced = suppressedTally(s.suppressed ?? 0);
  const silencedNote = silenced ? `, ${c.yellow(silenced)}` : '';
  // rules that threw are internal errors: never a clean tally
  const { thrown } = counts;
  const ruleErrorsNote = thrown > 0 ? `, ${c.red(`${plural(thrown, 'rule')} failed to run`)}` : '';
  const gates = gateNotes(s, counts.below, options).map((n) => `, ${c.red(n)}`).join('');
  // green only for a run that exits 0: exit 1 or 2 never ends on a tick
  const failed = exitCode !== undefined ? exitCode !== 0 : s.errors > 0 || thrown > 0 || s.unreadable.length > 0;
  const exitNote = exitCode ? c.dim(` (exit ${exitCode})`) : '';
  const head = s.files === 0 ? files : `${failed || parts.length > 0 ? tally : c.green(tally)} ${files}`;
  return `${failed ? c.red('✗') : c.green('✓')} ${head}${meanScore}${silencedNote}${unreadable}${ruleErrorsNote}${gates}${exitNote}`;
}

/**
 * Streamed (src/format/stream.ts): each file's block is written when the
 * file is done; the ranking and the tally, which need the whole run,
 * end the report. Only counts are kept between files.
 */
export const streamStylish: StreamFormat = (options, write) => {
  const c = createColors(options.color);
  const style: Style = { c, quiet: options.quiet, verbose: options.verbose ?? false, width: options.width ?? DEFAULT_WIDTH };
  const counts = { files: 0, thrown: 0, below: 0 };
  // blocks are separated by a blank line
  const block = (text: string): void => write(`${counts.files > 0 ? '\n\n' : ''}${text}`);
  return {
    file(f) {
      block(fileBlock(f, style));
      counts.files++;
      counts.thrown += f.ruleErrors?.length ?? 0;
      if (options.minScore && f.score.total < options.minScore) counts.below++;
    },
    end(summary, exitCode) {
      // the grade is not hidden by --quiet: the ranking stays
      if (counts.files > 1) block(summaryBlock(summary, c));
      const tally = tallyLine(summary, counts, options, exitCode, c);
      write(`${counts.files > 0 ? '\n\n' : ''}${tally}\n`);
    },
  };
};

export const stylish: Formatter = (report, options) => collect(streamStylish, report, options);
