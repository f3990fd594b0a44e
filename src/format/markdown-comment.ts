/**
 * The Markdown report within a pull-request comment's size (issue 15).
 * GitHub refuses a comment over 65,536 characters; the full report of 16
 * files is more. Over the budget (--max-comment-size, default 60,000) the
 * report becomes: the summary table, what inline comments silenced, and
 * each file's score with its failing rules, linked to the full HTML or
 * SARIF report when the run names one. It is assembled from whole blocks,
 * each serialised on its own and added only while it fits, so a table is
 * never cut in half: what does not fit is named ("3 more files ...").
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Report } from '../core/report.js';
import type { FileReport } from '../core/types.js';
import { capNote } from './score-parts.js';
import { failurePlace } from './failures.js';
import { silencedCapNote } from './suppressions.js';
import { code, heading, joined, paragraph, serialize, strong, text } from './markdown-nodes.js';
import type { FormatOptions } from './types.js';

export const DEFAULT_COMMENT_SIZE = 60_000;

export interface CommentPieces {
  /** The summary section with at most `limit` ranked files. */
  summary: (limit: number) => RootContent[];
  /** Blocks that always come after the summary (unreadable inputs). */
  notes: RootContent[];
}

/** Rule ids with their line, as code spans joined by commas. */
function ruleList(items: Array<{ rule: string; line: number }>): PhrasingContent[] {
  return joined(items.map((x) => [code(x.rule), text(` (line ${x.line})`)]), ', ');
}

/** One file in a few lines: score, caps, failing rules (errors, then warnings unless --quiet), what was silenced. */
function fileDigest(file: FileReport, quiet: boolean): RootContent[] {
  const s = file.score;
  const out: RootContent[] = [heading(3, code(file.path), text(` — ${s.total}/100, ${s.band}`))];
  const cap = capNote(s);
  const silencedCap = silencedCapNote(file);
  for (const note of [cap, silencedCap]) if (note) out.push(paragraph(strong(text(note.replace(/^./, (c) => c.toUpperCase())))));
  const failing = file.results.filter((r) => r.status === 'fail').map((r) => ({ rule: r.rule, line: failurePlace(r).line, severity: r.severity }));
  const errors = failing.filter((r) => r.severity === 'error');
  const warnings = failing.filter((r) => r.severity === 'warn');
  if (errors.length > 0) out.push(paragraph(strong(text(`❌ ${errors.length} error${errors.length === 1 ? '' : "s"}:`)), text(' '), ...ruleList(errors)));
  if (warnings.length > 0 && !quiet) out.push(paragraph(strong(text(`⚠️ ${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`)), text(' '), ...ruleList(warnings)));
  const silenced = file.suppressions ?? [];
  if (silenced.length > 0) {
    out.push(
      paragraph(
        strong(text(`⊘ silenced inline:`)), text(' '),
        ...joined(silenced.map((x) => [code(x.rule), text(` (line ${x.line}, ${x.status === 'fail' ? 'failing' : x.status}${x.cap === undefined ? '' : ', must-have'}: ${x.reason ?? 'no reason given'})`)]), '; '),
      ),
    );
  }
  if (failing.length === 0 && silenced.length === 0) out.push(paragraph(text('✅ no failing rules.')));
  return out;
}

function linksTo(options: FormatOptions): PhrasingContent[] {
  const reports = options.fullReports ?? [];
  if (reports.length === 0) return [text('run with -f html or -f sarif for the full report.')];
  return [
    text('the full report: '),
    ...joined(
      reports.map((r) => [{ type: 'link', url: r.href, children: [text(r.label)] } as PhrasingContent]),
      ', ',
    ),
    text('.'),
  ];
}

/** `full` when it fits the budget, else the digest described above (never over the budget, tables whole). */
export function fitComment(report: Report, full: string, options: FormatOptions, pieces: CommentPieces): string {
  const given = options.maxCommentSize ?? DEFAULT_COMMENT_SIZE;
  // what is written before the report (a file's marker line) counts: the file as written fits the budget
  const budget = given - (options.commentPrefix ?? 0);
  if (full.length <= budget) return full;
  const intro = [
    heading(1, text('mlsd-lint report')),
    paragraph(text(`Shortened to fit a pull-request comment (${given.toLocaleString('en-US')} characters): the summary and each file's failing rules; `), ...linksTo(options)),
  ];
  const parts: string[] = [serialize(intro)];
  let used = parts[0]!.length;
  const fits = (chunk: string, reserve: number) => used + chunk.length + 1 + reserve <= budget;
  const add = (chunk: string) => {
    parts.push(chunk);
    used += chunk.length + 1;
  };
  const tail = (left: number) => serialize([paragraph(text(`… ${left} more file${left === 1 ? ' is' : 's are'} not detailed here: see the full report.`))]);
  const reserve = tail(report.files.length).length + 1;
  // the summary: as many ranked rows as fit (a whole table, with the rest counted under it)
  if (report.files.length > 1) {
    let limit = report.files.length;
    let summary = serialize(pieces.summary(limit));
    while (limit > 0 && !fits(summary, reserve)) {
      limit = Math.floor(limit / 2);
      summary = serialize(pieces.summary(limit));
    }
    if (fits(summary, reserve)) add(summary);
  }
  if (pieces.notes.length > 0) {
    const notes = serialize(pieces.notes);
    if (fits(notes, reserve)) add(notes);
  }
  let shown = 0;
  for (const file of report.files) {
    const digest = serialize(fileDigest(file, options.quiet));
    if (!fits(digest, reserve)) break;
    add(digest);
    shown++;
  }
  if (shown < report.files.length) add(tail(report.files.length - shown));
  return parts.join('\n');
}
