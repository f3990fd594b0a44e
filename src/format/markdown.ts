/**
 * A Markdown report to paste into a pull-request comment: per file the
 * total and band, the phase scores, the top fixes and a table per phase
 * (criteria, points, rules, evidence); with several files a summary first
 * (files ranked, mean per phase).
 *
 * The report is built as an mdast tree and serialised by
 * mdast-util-to-markdown (with the GFM table extension), which escapes
 * whatever document text would otherwise turn into markup: a quoted
 * "<script>" or "|" stays literal text.
 */
import type { RootContent } from 'mdast';
import { PHASES, type FileReport, type Status } from '../core/types.js';
import type { Report } from '../core/report.js';
import { budgetText, capNote, clip, criteriaByPhase, gainLabel, pointsLabel, rubricLine, shareLabel, textBar } from './score-parts.js';
import type { Formatter } from './types.js';
import { code, heading, joined, paragraph, serialize, strong, table, text } from './markdown-nodes.js';
import { ruleErrorText } from './failures.js';
import { scopeLabel, silencedCapNote, wasLabel } from './suppressions.js';
import { fitComment } from './markdown-comment.js';

const STATUS_MARK: Record<Status, string> = { pass: '✅', fail: '❌', 'n/a': '➖' };

export function summarySection(report: Report, limit = Infinity): RootContent[] {
  const s = report.summary;
  const rows = s.ranking.slice(0, limit).map((r, i) => {
    const phases = report.files.find((f) => f.path === r.path)!.score.phases;
    // plain text, not a code span: in a GFM table cell "\\|" inside a code span cannot be written as itself
    return [[text(String(i + 1))], [text(r.path)], [strong(text(String(r.total)))], [text(r.band)], ...PHASES.map((p) => [text(String(phases[p] ?? 'n/a'))])];
  });
  rows.push([[], [strong(text('mean'))], [strong(text(String(s.meanScore ?? 'n/a')))], [], ...PHASES.map((p) => [strong(text(String(s.meanPhases[p] ?? 'n/a')))])]);
  return [
    heading(2, text(`Summary: ${s.files} files, ${s.rubric} rubric`)),
    table(['right', 'left', 'right', 'left', 'right', 'right', 'right', 'right'], ['#', 'file', 'total', 'band', ...PHASES], rows),
    ...(s.ranking.length > limit ? [paragraph(text(`… and ${s.ranking.length - limit} more files, in the full report.`))] : []),
    ...suppressedNote(report),
  ];
}

/** The summary counts what inline comments silenced: a raised grade is never unseen. */
export function suppressedNote(report: Report): RootContent[] {
  const n = report.summary.suppressed ?? 0;
  if (n === 0) return [];
  const files = report.files.filter((f) => f.suppressions?.length).length;
  return [paragraph(strong(text(`${n} rule${n === 1 ? '' : 's'} silenced by inline comments`)), text(` in ${files} file${files === 1 ? '' : 's'} (listed under each file).`))];
}

/** What inline comments silenced in a file: must-haves first as a warning, then a table (rule, comment, was, reason). */
export function suppressionSection(file: FileReport): RootContent[] {
  const list = file.suppressions ?? [];
  if (list.length === 0) return [];
  const out: RootContent[] = [];
  const capped = silencedCapNote(file);
  if (capped) out.push({ type: 'blockquote', children: [paragraph(strong(text(capped.replace(/^m/, 'M'))))] });
  out.push(
    paragraph(strong(text('Silenced by inline comments'))),
    table(
      ['left', 'left', 'left', 'left'],
      ['rule', 'comment', 'was', 'reason'],
      list.map((x) => [
        [code(x.rule)],
        [text(`line ${x.line}: ${x.directive}`)],
        [text(`${wasLabel(x)}${x.cap === undefined ? '' : `, must-have (cap ${x.cap})`}; ${scopeLabel(x)}`)],
        [text(x.reason ?? '—')],
      ]),
    ),
  );
  return out;
}

export function unreadableNote(report: Report): RootContent[] {
  const u = report.summary.unreadable;
  if (u.length === 0) return [];
  return [paragraph(strong(text('Not read: ')), ...joined(u.map((x) => [code(x.path), text(` (${x.reason})`)]), '; '))];
}

function fileSection(file: FileReport, quiet: boolean): RootContent[] {
  const s = file.score;
  const out: RootContent[] = [
    heading(2, code(file.path), text(` — ${s.total}/100, ${s.band}`)),
    paragraph(text(`Graded with the ${rubricLine(s)}.`)),
  ];
  const cap = capNote(s);
  if (cap) out.push({ type: 'blockquote', children: [paragraph(strong(text(cap.replace(/^c/, 'C'))))] });
  // a rule that threw has no result and no score: an internal error, shown even with --quiet
  for (const e of file.ruleErrors ?? []) out.push({ type: 'blockquote', children: [paragraph(strong(text('Internal error: ')), text(ruleErrorText(e)))] });
  out.push(...suppressionSection(file));
  // the time budget: each phase's share of the words beside the framework's share
  out.push(
    table(
      ['left', 'right', 'left', 'right', 'right'],
      ['phase', 'score', '', 'words', 'budget'],
      PHASES.map((p) => [
        [text(p)],
        [text(String(s.phases[p] ?? 'n/a'))],
        [code(textBar(s.phases[p]))],
        [text(shareLabel(file.phaseShares?.shares[p]))],
        [text(budgetText(p))],
      ]),
    ),
  );
  if (s.fixes.length > 0) {
    out.push(heading(3, text('Top fixes')), {
      type: 'list',
      ordered: true,
      spread: false,
      children: s.fixes.map((f) => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(strong(text(gainLabel(f))), text(' '), ...joined(f.rules.map((r) => [code(r.rule), text(` (${r.phase}): ${r.message}`)]), '; and '))],
      })),
    });
  }
  for (const group of criteriaByPhase(s, quiet)) {
    out.push(heading(3, text(`${group.phase} — ${group.score ?? 'n/a'}${group.score === null ? '' : '/100'}`)));
    const rows = group.criteria.map((c) => {
      const rules = joined(
        c.rules.map((r) => (c.rules.length === 1 ? [code(r.rule)] : [code(r.rule), text(` ${STATUS_MARK[r.status]}`)])),
        c.mode === 'any-of' ? ' or ' : ', ',
      );
      const evidence = joined(
        c.rules.flatMap((r) => (r.status === 'pass' ? r.evidence.slice(0, 1) : [])).map((e) => [text(`line ${e.line}: “${clip(e.text, 120)}”`)]),
        '; ',
      );
      return [[text(STATUS_MARK[c.status])], [text(c.title)], [text(pointsLabel(c))], rules, evidence];
    });
    out.push(table([null, 'left', 'right', 'left', 'left'], ['', 'criterion', 'points', 'rules', 'evidence'], rows));
  }
  return out;
}

export const markdown: Formatter = (report, options) => {
  const { quiet } = options;
  const children: RootContent[] = [heading(1, text('mlsd-lint report'))];
  if (report.files.length > 1) children.push(...summarySection(report));
  else children.push(...suppressedNote(report));
  children.push(...unreadableNote(report));
  for (const f of report.files) children.push(...fileSection(f, quiet));
  if (report.files.length === 0) children.push(paragraph(text('No files were graded.')));
  // a pull-request comment has a size limit: over the budget, the summary and each file's failing rules
  return fitComment(report, serialize(children), options, { summary: (limit) => summarySection(report, limit), notes: unreadableNote(report) });
};
