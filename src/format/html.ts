/**
 * The HTML report: one self-contained file (inline CSS, an inline SVG chart
 * of the phase scores, no script, no network: a Content-Security-Policy
 * forbids scripts and every remote load). Per file: total and band, the
 * chart, the top fixes and a table per phase with the evidence quoted and
 * linked to its line; with several files a summary first (files ranked,
 * chart of the mean per phase).
 *
 * The page is built as a hast tree (hastscript) and serialised by
 * hast-util-to-html, so every piece of document text is a text node or an
 * attribute value and is escaped by construction: a quoted "<script>"
 * renders as the literal text.
 */
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import { PHASES, type CriterionScore, type Evidence, type FileReport, type Phase } from '../core/types.js';
import type { Report } from '../core/report.js';
import { budgetText, capNote, clip, criteriaByPhase, gainLabel, meanShares, pointsLabel, rubricLine, shareLabel, toneOf, withinBudget } from './score-parts.js';
import { PHASE_BUDGET } from '../core/phase-shares.js';
import type { Formatter } from './types.js';
import { wellFormed } from './escape.js';
import { ruleErrorText } from './failures.js';
import { naReason } from './na-reason.js';
import { relativeTo } from './paths.js';
import { scopeLabel, silencedCapNote, wasLabel } from './suppressions.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; --good: #1a7f37; --fair: #b35900; --poor: #cf222e; --none: #8c959f; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #1f2328; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 40px 0 4px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
h3 { font-size: 16px; margin: 24px 0 8px; } h2 code { font-size: 18px; background: none; padding: 0; }
.meta, .muted { color: var(--muted); } code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
.total { font-size: 28px; font-weight: 700; } .band { display: inline-block; padding: 2px 10px; border-radius: 12px; color: #fff; font-weight: 600; margin-left: 8px; }
.band.good, .bar.good { background: var(--good); fill: var(--good); } .band.fair, .bar.fair { background: var(--fair); fill: var(--fair); }
.band.poor, .bar.poor { background: var(--poor); fill: var(--poor); } .band.none { background: var(--none); }
.chart { max-width: 100%; height: auto; } .chart text { font: 13px system-ui, sans-serif; fill: #1f2328; } .chart .track { fill: #eaeef2; } .chart .grid { stroke: var(--line); }
.overview { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; } .overview > * { flex: 1 1 380px; min-width: 0; }
td a, h2 code { overflow-wrap: anywhere; }
.chart .share { fill: #0969da; } .chart .budget { fill: #b6e3ff; } .chart .share-label { font-size: 11px; fill: var(--muted); }
table.budget { width: auto; } tr.off-budget td { color: var(--fair); }
.cap { border-left: 4px solid var(--fair); background: #fff8c5; padding: 6px 12px; }
.rule-error { border-left: 4px solid var(--poor); background: #ffebe9; padding: 6px 12px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; } th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; white-space: nowrap; } tr.fail td:first-child { color: var(--poor); } tr.pass td:first-child { color: var(--good); } tr.na { color: var(--muted); }
td code { white-space: nowrap; }
blockquote { margin: 0 0 4px; padding: 0 0 0 8px; border-left: 3px solid var(--line); } .msg { color: var(--poor); }
ol.fixes li { margin-bottom: 6px; } .gain { font-weight: 700; color: var(--good); margin-right: 6px; }
`;

const MARK = { pass: '✓', fail: '✗', 'n/a': '–' } as const;

/** Where the report is written and what its paths are relative to: links are made relative to the report file. */
export interface LinkBase {
  /** The absolute folder the report file is written to (undefined: standard output, links relative to the working folder). */
  reportDir?: string;
  /** The absolute working folder the report's relative paths start from. */
  cwd?: string;
}

/** A link to the line in the source file, relative to the report file (null for standard input). */
export function lineHref(path: string, line: number, base: LinkBase = {}): string | null {
  if (path === '<stdin>' || path === '<text>') return null;
  const segments = base.reportDir !== undefined && base.cwd !== undefined ? relativeTo(base.reportDir, base.cwd, path) : null;
  if (segments) {
    // always a path URL: a file named "javascript:..." must not become a scheme ("./" first)
    const encoded = segments.map((p) => encodeURIComponent(wellFormed(p))).join('/');
    return `${segments[0] === '..' ? '' : './'}${encoded}#L${line}`;
  }
  const encoded = wellFormed(path).split(/[\\/]/).map(encodeURIComponent).join('/');
  return `${path.startsWith('/') ? 'file://' : './'}${encoded}#L${line}`;
}

function evidenceQuote(path: string, e: Evidence, base: LinkBase): Element {
  const href = lineHref(path, e.line, base);
  const where = `line ${e.line}`;
  return h('blockquote', [href ? h('a', { href }, where) : h('span.muted', where), ': ', h('q', clip(e.text, 240))]);
}

/**
 * Horizontal bars, one per phase, 0-100 with grid lines at 0, 50 and 100;
 * with shares, a second, thinner bar per phase: its share of the words
 * (0-100%), over the framework's budget for it shaded.
 */
function phaseChart(values: Record<Phase, number | null>, label: string, shares: Record<Phase, number> | null = null): Element {
  const labelWidth = 92;
  const barWidth = 260;
  const row = shares ? 44 : 30;
  const top = 20;
  const legend = shares ? 20 : 0;
  const height = top + row * PHASES.length + 4 + legend;
  const width = labelWidth + barWidth + 110;
  const x = (v: number) => labelWidth + (barWidth * v) / 100;
  const grid = [0, 50, 100].flatMap((v) => [
    s('line', { className: ['grid'], x1: x(v), x2: x(v), y1: top - 4, y2: height - 4 - legend }),
    s('text', { x: x(v), y: 12, 'text-anchor': 'middle' }, String(v)),
  ]);
  const bars = PHASES.flatMap((p, i) => {
    const v = values[p];
    const y = top + i * row;
    const out = [
      s('text', { x: 0, y: y + 16 }, p),
      s('rect', { className: ['track'], x: labelWidth, y: y + 3, width: barWidth, height: 18, rx: 3 }),
      s('rect', { className: ['bar', toneOf(v)], x: labelWidth, y: y + 3, width: v === null ? 0 : (barWidth * v) / 100, height: 18, rx: 3 }),
      s('text', { x: labelWidth + barWidth + 8, y: y + 16 }, v === null ? 'n/a' : String(v)),
    ];
    if (shares) {
      const b = PHASE_BUDGET[p];
      out.push(
        s('rect', { className: ['budget'], x: x(b.low * 100), y: y + 24, width: x(b.high * 100) - x(b.low * 100), height: 10 }),
        s('rect', { className: ['share'], x: labelWidth, y: y + 26, width: barWidth * shares[p], height: 6, rx: 2 }),
        s('text', { className: ['share-label'], x: labelWidth + barWidth + 8, y: y + 34 }, `${shareLabel(shares[p])} of words`),
      );
    }
    return out;
  });
  const key = shares
    ? [s('text', { className: ['share-label'], x: 0, y: height - 6 }, "thin bars: share of the words; shaded: the framework's time budget")]
    : [];
  return s('svg', { className: ['chart'], viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label }, [
    s('title', label),
    ...grid,
    ...bars,
    ...key,
  ]);
}

/** Each phase's score beside its share of the words and the framework's share. */
function budgetTable(file: FileReport): Element | null {
  const shares = file.phaseShares;
  if (!shares || shares.words === 0) return null;
  return h('table.budget', [
    h('thead', h('tr', [h('th', 'phase'), h('th', 'score'), h('th', 'share of words'), h('th', 'budget')])),
    h(
      'tbody',
      PHASES.map((p) =>
        h('tr', { className: withinBudget(p, shares.shares[p]) ? [] : ['off-budget'] }, [
          h('td', p),
          h('td.num', String(file.score.phases[p] ?? 'n/a')),
          h('td.num', shareLabel(shares.shares[p])),
          h('td.num', budgetText(p)),
        ]),
      ),
    ),
  ]);
}

function criterionRow(file: FileReport, c: CriterionScore, base: LinkBase): Element {
  const rules: Array<ElementContent | string> = c.rules.flatMap((r, i) => [
    ...(i > 0 ? [c.mode === 'any-of' ? ' or ' : ', '] : []),
    h('code', r.rule),
    c.rules.length > 1 || r.status !== c.status ? ` ${r.status}` : '',
  ]);
  const evidence: Array<ElementContent | string> = [];
  for (const r of c.rules) {
    if (r.status === 'pass') evidence.push(...r.evidence.slice(0, 2).map((e) => evidenceQuote(file.path, e, base)));
    if (r.status === 'n/a') {
      const why = naReason(r.rule);
      if (why) evidence.push(h('p.muted', [h('code', r.rule), ` n/a: ${why}`]));
    }
    if (r.status === 'fail' && c.status === 'fail') {
      const message = file.results.find((x) => x.rule === r.rule)?.message;
      if (message) evidence.push(h('p.msg', message));
    }
  }
  return h('tr', { className: [c.status === 'n/a' ? 'na' : c.status] }, [
    h('td', MARK[c.status]),
    h('td', c.title),
    h('td.num', pointsLabel(c)),
    h('td', rules),
    h('td', evidence),
  ]);
}

/**
 * The document-level rules (phases covered and in order, placeholders, the
 * time budget): a rubric may grade them as caps or not at all, so they are
 * listed here whatever it does.
 */
function documentSection(file: FileReport, quiet: boolean, base: LinkBase): Element[] {
  const results = file.results.filter((r) => r.phase === 'document' && (!quiet || (r.status === 'fail' && r.severity === 'error')));
  if (results.length === 0) return [];
  const rows = results.map((r) => {
    const detail: Array<ElementContent | string> = [];
    if (r.status === 'fail') detail.push(h('p.msg', r.message ?? ''));
    else if (r.status === 'pass') detail.push(...r.evidence.slice(0, 2).map((e) => evidenceQuote(file.path, e, base)));
    else detail.push(h('p.muted', naReason(r.rule) ?? 'not applicable'));
    return h('tr', { className: [r.status === 'n/a' ? 'na' : r.status] }, [h('td', MARK[r.status]), h('td', h('code', r.rule)), h('td', r.status === 'fail' ? r.severity : r.status), h('td', detail)]);
  });
  return [
    h('h3', 'Document-level checks'),
    h('table.document', [h('thead', h('tr', [h('th', ''), h('th', 'rule'), h('th', 'result'), h('th', 'detail')])), h('tbody', rows)]),
  ];
}

/** What inline comments silenced: rule, the comment's line and reason, what the result was (issue 15). */
function suppressionSection(file: FileReport, base: LinkBase): Element[] {
  const list = file.suppressions ?? [];
  if (list.length === 0) return [];
  const capped = silencedCapNote(file);
  const rows = list.map((x) => {
    const href = lineHref(file.path, x.line, base);
    const where = `line ${x.line}: ${x.directive}`;
    return h('tr', [
      h('td', h('code', x.rule)),
      h('td', href ? h('a', { href }, where) : where),
      h('td', `${wasLabel(x)}${x.cap === undefined ? '' : `, must-have (cap ${x.cap})`}; ${scopeLabel(x)}`),
      h('td', x.reason ?? '—'),
    ]);
  });
  return [
    ...(capped ? [h('p.cap', capped)] : []),
    h('h3', 'Silenced by inline comments'),
    h('table.suppressions', [h('thead', h('tr', [h('th', 'rule'), h('th', 'comment'), h('th', 'was'), h('th', 'reason')])), h('tbody', rows)]),
  ];
}

function fileSection(file: FileReport, index: number, quiet: boolean, base: LinkBase): Element {
  const sc = file.score;
  const cap = capNote(sc);
  const budget = budgetTable(file);
  const fixes =
    sc.fixes.length === 0
      ? h('p.muted', 'Nothing left to raise.')
      : h(
          'ol.fixes',
          sc.fixes.map((f) =>
            h('li', [
              h('span.gain', gainLabel(f)),
              ...f.rules.flatMap((r, i) => [...(i > 0 ? [h('br')] : []), h('code', r.rule), ` (${r.phase}): ${r.message}`]),
            ]),
          ),
        );
  const phases = criteriaByPhase(sc, quiet).flatMap((g) => [
    h('h3', `${g.phase} — ${g.score === null ? 'n/a' : `${g.score}/100`}`),
    h('table.criteria', [
      h('thead', h('tr', [h('th', ''), h('th', 'criterion'), h('th', 'points'), h('th', 'rules'), h('th', 'evidence')])),
      h('tbody', g.criteria.map((c) => criterionRow(file, c, base))),
    ]),
  ]);
  return h('section.file', { id: `file-${index + 1}` }, [
    h('h2', h('code', file.path)),
    h('p', [h('span.total', String(sc.total)), '/100', h('span', { className: ['band', toneOf(sc.total)] }, sc.band)]),
    h('p.meta', `Graded with the ${rubricLine(sc)}.`),
    ...(cap ? [h('p.cap', cap)] : []),
    // a rule that threw has no result and no score: an internal error
    ...(file.ruleErrors ?? []).map((e) => h('p.rule-error', [h('strong', 'Internal error: '), ruleErrorText(e)])),
    h('div.overview', [
      h('div', [phaseChart(sc.phases, `Phase scores and shares of words of ${file.path}`, file.phaseShares && file.phaseShares.words > 0 ? file.phaseShares.shares : null), ...(budget ? [budget] : [])]),
      h('div', [h('h3', 'Top fixes'), fixes]),
    ]),
    ...suppressionSection(file, base),
    ...phases,
    ...documentSection(file, quiet, base),
  ]);
}

function summarySection(report: Report): Element {
  const s = report.summary;
  const index = new Map(report.files.map((f, i) => [f.path, i]));
  const rows = s.ranking.map((r, rank) => {
    const file = report.files[index.get(r.path)!]!;
    return h('tr', [
      h('td.num', String(rank + 1)),
      // sections are in ranking order: the file ranked n is section n
      h('td', h('a', { href: `#file-${rank + 1}` }, r.path)),
      h('td.num', String(r.total)),
      h('td', r.band),
      ...PHASES.map((p) => h('td.num', String(file.score.phases[p] ?? 'n/a'))),
    ]);
  });
  rows.push(
    h('tr', [h('td', ''), h('th', 'mean'), h('td.num', String(s.meanScore ?? 'n/a')), h('td', ''), ...PHASES.map((p) => h('td.num', String(s.meanPhases[p] ?? 'n/a')))]),
  );
  return h('section.summary', { id: 'summary' }, [
    h('h2', `Summary: ${s.files} files`),
    h('h3', 'Mean per phase'),
    phaseChart(s.meanPhases, 'Mean score and mean share of words per phase', meanShares(report.files)),
    ...(s.suppressed ? [h('p.cap', `${s.suppressed} rule${s.suppressed === 1 ? '' : 's'} silenced by inline comments (listed under each file).`)] : []),
    h('h3', 'Files ranked by score'),
    h('table', [h('thead', h('tr', ['#', 'file', 'total', 'band', ...PHASES].map((t) => h('th', t)))), h('tbody', rows)]),
  ]);
}

/** The files best first, as summary.ranking orders them. */
function rankedFiles(report: Report): FileReport[] {
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const ranked = report.summary.ranking.map((r) => byPath.get(r.path)).filter((f): f is FileReport => f !== undefined);
  return ranked.length === report.files.length ? ranked : report.files;
}

export const html: Formatter = (report, { quiet, reportDir, cwd }) => {
  const base: LinkBase = { reportDir, cwd };
  const s = report.summary;
  const body: Array<ElementContent | string> = [
    h('header', [h('h1', 'mlsd-lint report'), h('p.meta', `${s.files} file${s.files === 1 ? '' : 's'} graded${s.rubric ? ` with the ${s.rubric} rubric` : ''}.`)]),
  ];
  if (report.files.length > 1) body.push(summarySection(report));
  if (s.unreadable.length > 0) {
    body.push(h('section.unreadable', [h('h2', 'Not read'), h('ul', s.unreadable.map((u) => h('li', [h('code', u.path), `: ${u.reason}`])))]));
  }
  // files in ranking order, as the summary lists them (ties keep input order)
  for (const [i, f] of rankedFiles(report).entries()) body.push(fileSection(f, i, quiet, base));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('title', 'mlsd-lint report'),
          h('style', CSS),
        ]),
        h('body', body),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
};
