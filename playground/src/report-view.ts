/**
 * The graded report of one document as DOM: the total and band, the phase
 * chart, the top fixes, and every rule result grouped by phase. Evidence is
 * a button that jumps to its line in the editor. Wording comes from the
 * formatters' shared pieces (src/format/score-parts.ts), so the page says
 * what the HTML and Markdown reports say.
 */
import { PHASES, type Evidence, type FileReport, type Phase, type RulePhase, type RuleResult } from '../../src/core/types.js';
import { capNote, gainLabel, rubricLine, toneOf } from '../../src/format/score-parts.js';
import { phaseChart } from './chart.js';
import { el, replaceChildren } from './dom.js';

export interface ReportTargets {
  score: HTMLElement;
  fixes: HTMLElement;
  results: HTMLElement;
}

export interface ReportViewOptions {
  onJump: (line: number) => void;
  /** Share of the practice time spent per phase, when a practice run ended. */
  spentShares?: Record<Phase, number>;
}

const STATUS_TEXT: Record<string, string> = { pass: 'pass', fail: 'fail', 'n/a': 'not applicable' };

function statusIcon(r: RuleResult): HTMLElement {
  const symbol = r.status === 'pass' ? '✓' : r.status === 'n/a' ? '–' : r.severity === 'error' ? '✗' : '!';
  const kind = r.status === 'fail' ? `fail-${r.severity}` : r.status === 'pass' ? 'pass' : 'na';
  return el('span', { class: `status ${kind}`, 'aria-hidden': 'true' }, symbol);
}

function jumpButton(e: Evidence, rule: string, options: ReportViewOptions): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'jump', 'data-line': e.line, 'data-rule': rule, 'aria-label': `Line ${e.line}: ${e.text}. Jump to it in the editor` }, el('span', { class: 'line-no' }, `line ${e.line}`), ' ', el('q', {}, e.text));
  button.addEventListener('click', () => options.onJump(e.line));
  return button;
}

function whereButton(line: number, rule: string, options: ReportViewOptions): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'jump where', 'data-line': line, 'data-rule': rule, 'aria-label': `Go to line ${line}, where to add it` }, el('span', { class: 'line-no' }, `line ${line}`), ' where to add it');
  button.addEventListener('click', () => options.onJump(line));
  return button;
}

function resultItem(r: RuleResult, options: ReportViewOptions): HTMLLIElement {
  const severity = r.status === 'fail' ? el('span', { class: `severity ${r.severity}` }, r.severity) : null;
  const item = el('li', { class: `result ${r.status === 'n/a' ? 'na' : r.status}`, 'data-rule': r.rule, 'data-status': r.status }, statusIcon(r), el('span', { class: 'visually-hidden' }, `${STATUS_TEXT[r.status]}: `), el('code', {}, r.rule), ' ', severity);
  if (r.message) item.appendChild(el('p', { class: 'message' }, r.message));
  if (r.evidence.length > 0) {
    item.appendChild(el('div', { class: 'evidence' }, ...r.evidence.map((e) => jumpButton(e, r.rule, options))));
  } else if (r.status === 'fail' && r.line !== undefined) {
    // something missing is reported where it belongs: its phase's section, or the top
    item.appendChild(el('div', { class: 'evidence' }, whereButton(r.line, r.rule, options)));
  }
  return item;
}

const GROUPS: readonly RulePhase[] = [...PHASES, 'document'];

export function renderReport(targets: ReportTargets, report: FileReport, options: ReportViewOptions): void {
  const { score } = report;
  const cap = capNote(score);
  replaceChildren(
    targets.score,
    el('p', { class: 'headline' }, el('span', { class: 'total', id: 'total', 'data-total': score.total }, String(score.total)), el('span', { class: 'out-of' }, '/100'), el('span', { class: `band ${toneOf(score.total)}`, id: 'band' }, score.band)),
    el('p', { class: 'muted' }, rubricLine(score)),
    cap ? el('p', { class: 'cap' }, cap) : null,
    phaseChart(score.phases, { words: report.phaseShares && report.phaseShares.words > 0 ? report.phaseShares.shares : undefined, time: options.spentShares }),
  );

  replaceChildren(
    targets.fixes,
    score.fixes.length === 0
      ? el('p', { class: 'muted' }, 'Nothing to fix: every criterion of the rubric is met.')
      : el(
          'ol',
          { class: 'fixes' },
          ...score.fixes.map((fix) =>
            el('li', {}, el('strong', {}, gainLabel(fix)), ...fix.rules.map((r) => el('p', {}, el('code', {}, r.rule), ` (${r.phase}): `, r.message))),
          ),
        ),
  );

  const sections = GROUPS.map((group) => {
    const results = report.results.filter((r) => r.phase === group);
    if (results.length === 0) return null;
    const phaseScore = group === 'document' ? null : score.phases[group];
    const passed = results.filter((r) => r.status === 'pass').length;
    const heading = el('h3', {}, group, el('span', { class: 'phase-score' }, group === 'document' ? `${passed}/${results.length} pass` : `${phaseScore ?? 'n/a'}${phaseScore === null ? '' : '/100'} · ${passed}/${results.length} pass`));
    return el('section', { class: 'phase', 'data-phase': group, 'aria-label': `${group} results` }, heading, el('ul', { class: 'results' }, ...results.map((r) => resultItem(r, options))));
  });
  replaceChildren(targets.results, ...sections);
}

/**
 * Lines to tint in the editor: the evidence of passing rules, and the
 * placeholders. Other failures are about something missing, or quote the
 * context of the problem (phases-in-order quotes every section, in order or
 * not), so their evidence is not wrong text; no-placeholders' evidence is.
 */
export function evidenceMarks(report: FileReport): Map<number, 'pass' | 'fail'> {
  const marks = new Map<number, 'pass' | 'fail'>();
  for (const r of report.results) {
    if (r.status === 'pass') for (const e of r.evidence) if (!marks.has(e.line)) marks.set(e.line, 'pass');
    if (r.status === 'fail' && r.rule === 'no-placeholders') for (const e of r.evidence) marks.set(e.line, 'fail');
  }
  return marks;
}
