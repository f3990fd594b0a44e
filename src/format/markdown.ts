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
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { AlignType, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { PHASES, type FileReport, type Status } from '../core/types.js';
import type { Report } from '../core/report.js';
import { budgetText, capNote, clip, criteriaByPhase, gainLabel, pointsLabel, rubricLine, shareLabel, textBar } from './score-parts.js';
import type { Formatter } from './types.js';
import { terminalSafe } from './escape.js';
import { ruleErrorText } from './failures.js';

const STATUS_MARK: Record<Status, string> = { pass: '✅', fail: '❌', 'n/a': '➖' };

// every string goes in with its control characters, line breaks, bidi overrides and line separators as
// visible \u{..}: a line break in a file name would end a heading or a table row (issue 14, F4), and the
// serializer escapes the markup characters that remain
const text = (value: string): PhrasingContent => ({ type: 'text', value: terminalSafe(value) });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: terminalSafe(value) });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

function table(align: AlignType[], header: string[], rows: PhrasingContent[][][]): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align,
    children: [{ type: 'tableRow', children: header.map((h) => cell([text(h)])) }, ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map(cell) }))],
  };
}

/** Phrasing joined by a separator. */
function joined(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text(separator), ...p]));
}

function summarySection(report: Report): RootContent[] {
  const s = report.summary;
  const rows = s.ranking.map((r, i) => {
    const phases = report.files.find((f) => f.path === r.path)!.score.phases;
    // plain text, not a code span: in a GFM table cell "\\|" inside a code span cannot be written as itself
    return [[text(String(i + 1))], [text(r.path)], [strong(text(String(r.total)))], [text(r.band)], ...PHASES.map((p) => [text(String(phases[p] ?? 'n/a'))])];
  });
  rows.push([[], [strong(text('mean'))], [strong(text(String(s.meanScore ?? 'n/a')))], [], ...PHASES.map((p) => [strong(text(String(s.meanPhases[p] ?? 'n/a')))])]);
  return [
    heading(2, text(`Summary: ${s.files} files, ${s.rubric} rubric`)),
    table(['right', 'left', 'right', 'left', 'right', 'right', 'right', 'right'], ['#', 'file', 'total', 'band', ...PHASES], rows),
  ];
}

function unreadableNote(report: Report): RootContent[] {
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

export const markdown: Formatter = (report, { quiet }) => {
  const children: RootContent[] = [heading(1, text('mlsd-lint report'))];
  if (report.files.length > 1) children.push(...summarySection(report));
  children.push(...unreadableNote(report));
  for (const f of report.files) children.push(...fileSection(f, quiet));
  if (report.files.length === 0) children.push(paragraph(text('No files were graded.')));
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', listItemIndent: 'one' });
};
