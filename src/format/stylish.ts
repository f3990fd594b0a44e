/**
 * The default terminal format: grouped by file, then by phase; each rule
 * with its status, the evidence line (pass) or the message and how to fix
 * it (fail). A score line ends each file; a summary ends the report.
 */
import { createColors } from 'picocolors';
import { PHASES, type FileReport, type RuleResult } from '../core/types.js';
import type { Formatter } from './types.js';

const GROUPS = [...PHASES, 'document'] as const;

function fileBlock(file: FileReport, c: ReturnType<typeof createColors>, quiet: boolean): string {
  const lines: string[] = [c.underline(file.path)];
  const width = Math.max(...file.results.map((r) => r.rule.length), 10);
  for (const group of GROUPS) {
    const results = file.results.filter((r) => r.phase === group && (!quiet || (r.status === 'fail' && r.severity === 'error')));
    if (results.length === 0) continue;
    lines.push(`  ${c.bold(group)}`);
    for (const r of results) lines.push(resultLine(r, width, c));
  }
  if (!quiet) {
    const phases = PHASES.map((p) => `${p} ${file.score.phases[p] ?? '-'}`).join(' · ');
    lines.push(`  ${c.bold(`score ${file.score.total}/100`)}  ${c.dim(phases)}`);
  }
  return lines.join('\n');
}

function resultLine(r: RuleResult, width: number, c: ReturnType<typeof createColors>): string {
  const name = r.rule.padEnd(width);
  if (r.status === 'pass') {
    const e = r.evidence[0];
    const where = e ? `${e.line}:${e.column}`.padEnd(8) : ''.padEnd(8);
    const quote = e ? c.dim(clip(e.text, 70)) : '';
    return `    ${c.green('✓')} ${name}  ${c.dim(where)}${quote}`;
  }
  if (r.status === 'n/a') return `    ${c.dim('-')} ${c.dim(name)}  ${c.dim('n/a')}`;
  const label = r.severity === 'error' ? c.red('error') : c.yellow('warn ');
  const mark = r.severity === 'error' ? c.red('✗') : c.yellow('!');
  const e = r.evidence[0];
  const where = e ? c.dim(` (line ${e.line})`) : '';
  return `    ${mark} ${name}  ${label}  ${r.message ?? ''}${where}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const stylish: Formatter = (report, { color, quiet }) => {
  const c = createColors(color);
  const blocks = report.files.map((f) => fileBlock(f, c, quiet)).filter((b) => !quiet || b.includes('\n'));
  const s = report.summary;
  const parts: string[] = [];
  if (s.errors > 0) parts.push(c.red(`${s.errors} error${s.errors === 1 ? '' : 's'}`));
  if (s.warnings > 0 && !quiet) parts.push(c.yellow(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`));
  const tally = parts.length > 0 ? parts.join(', ') : c.green('no problems');
  const files = `${s.files} file${s.files === 1 ? '' : 's'}`;
  const meanScore = s.files > 1 && s.meanScore !== null && !quiet ? `, mean score ${s.meanScore}/100` : '';
  const unreadable = s.unreadable.length > 0 ? `, ${c.red(`${s.unreadable.length} unreadable`)}` : '';
  blocks.push(`${s.errors > 0 ? c.red('✗') : c.green('✓')} ${tally} in ${files}${meanScore}${unreadable}`);
  return `${blocks.join('\n\n')}\n`;
};
