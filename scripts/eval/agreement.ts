/**
 * Agreement of the detectors with labelled documents: per rule, the share
 * of documents whose status matches the label, precision and recall of
 * "pass", and evidence agreement (of the documents both the label and the
 * linter pass, the share whose first evidence line is one of the label's
 * evidence lines; labels list "the first lines that suffice", so a miss is
 * to be read, not chased). Sets are measured alone and pooled.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Linter } from '../../src/core/linter.js';
import type { Status } from '../../src/core/types.js';

interface LabelFile {
  /**
   * Where the documents are, relative to the labels' folder, when they are
   * not beside labels.json: labels of our own for documents we may not copy
   * into the repo ("../../../shared/corpus/real").
   */
  root?: string;
  documents: Record<string, { status: Record<string, string>; evidence?: Record<string, number[]> }>;
}

/** One labelled document, linted. */
export interface Judged {
  set: string;
  document: string;
  /** The document's lines (1-based lines at index - 1), to quote label lines. */
  lines: string[];
  expected: Record<string, string>;
  labelEvidence: Record<string, number[]>;
  actual: Map<string, { status: Status; evidence: { line: number; text: string } | undefined }>;
}

export interface Disagreement {
  set: string;
  document: string;
  expected: string;
  actual: string;
}

export interface EvidenceMiss {
  set: string;
  document: string;
  /** The linter's first evidence line and its quote. */
  line: number;
  quote: string;
  /** The label's evidence lines, and the first one's text. */
  labelLines: number[];
  labelQuote: string;
}

export interface RuleAgreement {
  rule: string;
  documents: number;
  agreement: number;
  precision: number | null;
  recall: number | null;
  /** Passes both agree on whose evidence could be judged (the label lists lines), and how many matched. */
  evidenceJudged: number;
  evidenceMatched: number;
  evidence: number | null;
  disagreements: Disagreement[];
  evidenceMisses: EvidenceMiss[];
}

export interface SetResult {
  name: string;
  folders: string[];
  documents: number;
  rules: RuleAgreement[];
  /** Mean agreement over the rules the linter runs. */
  macro: number;
  /** Evidence agreement over every judged pass (micro), null when none could be judged. */
  evidence: number | null;
  evidenceJudged: number;
  /** Rules the labels name that the linter does not run: reported, left out of the macro. */
  notRun: string[];
}

/** Lint every labelled document of a folder (labels.json beside the documents, or its `root`). */
export function judgeFolder(folder: string, linter: Linter, name = basename(resolve(folder))): Judged[] {
  const labelsPath = join(folder, 'labels.json');
  if (!existsSync(labelsPath)) throw new Error(`no labels.json in ${folder}`);
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelFile;
  const root = labels.root === undefined ? folder : resolve(folder, labels.root);
  return Object.entries(labels.documents).map(([document, label]) => {
    const text = readFileSync(join(root, document), 'utf8');
    const report = linter.lint(text, { path: document });
    const actual = new Map(report.results.map((r) => [r.rule, { status: r.status, evidence: r.evidence[0] }]));
    return { set: name, document, lines: text.split(/\r\n|\r|\n/), expected: label.status, labelEvidence: label.evidence ?? {}, actual };
  });
}

const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function agreementOf(rule: string, judged: readonly Judged[]): RuleAgreement | undefined {
  let n = 0;
  let agree = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let evidenceJudged = 0;
  let evidenceMatched = 0;
  const disagreements: Disagreement[] = [];
  const evidenceMisses: EvidenceMiss[] = [];
  for (const j of judged) {
    const expected = j.expected[rule];
    if (expected === undefined) continue;
    const got = j.actual.get(rule);
    const actual = got?.status ?? 'missing';
    n++;
    if (actual === expected) agree++;
    else disagreements.push({ set: j.set, document: j.document, expected, actual });
    if (actual === 'pass' && expected === 'pass') {
      tp++;
      const labelLines = j.labelEvidence[rule] ?? [];
      if (labelLines.length > 0 && got?.evidence) {
        evidenceJudged++;
        if (labelLines.includes(got.evidence.line)) evidenceMatched++;
        else {
          const first = labelLines[0]!;
          evidenceMisses.push({ set: j.set, document: j.document, line: got.evidence.line, quote: got.evidence.text, labelLines, labelQuote: (j.lines[first - 1] ?? '').trim() });
        }
      }
    } else if (actual === 'pass') fp++;
    else if (expected === 'pass') fn++;
  }
  if (n === 0) return undefined;
  return {
    rule,
    documents: n,
    agreement: agree / n,
    precision: share(tp, tp + fp),
    recall: share(tp, tp + fn),
    evidenceJudged,
    evidenceMatched,
    evidence: share(evidenceMatched, evidenceJudged),
    disagreements,
    evidenceMisses,
  };
}

/** Agreement over some judged documents (one set, or several pooled), for the rules a linter runs. */
export function agreement(name: string, folders: string[], judged: readonly Judged[], linter: Linter): SetResult {
  const ran = linter.rules.map((r) => r.meta.id);
  const rules = ran.map((id) => agreementOf(id, judged)).filter((r): r is RuleAgreement => r !== undefined);
  const labelled = new Set(judged.flatMap((j) => Object.keys(j.expected)));
  const notRun = [...labelled].filter((id) => !ran.includes(id)).sort();
  const judgedPasses = rules.reduce((s, r) => s + r.evidenceJudged, 0);
  const matched = rules.reduce((s, r) => s + r.evidenceMatched, 0);
  return {
    name,
    folders,
    documents: judged.length,
    rules,
    macro: rules.reduce((sum, r) => sum + r.agreement, 0) / Math.max(1, rules.length),
    evidence: share(matched, judgedPasses),
    evidenceJudged: judgedPasses,
    notRun,
  };
}

/** Measure one labelled folder. */
export function evaluateFolder(folder: string, linter: Linter): SetResult {
  const name = basename(resolve(folder));
  return agreement(name, [folder], judgeFolder(folder, linter, name), linter);
}

/** Measure several folders: each set alone, then all pooled (documents of every set together). */
export function evaluateFolders(folders: readonly string[], linter: Linter): { sets: SetResult[]; pooled: SetResult } {
  const names = folders.map((f) => basename(resolve(f)));
  // two folders of the same name stay apart
  const unique = names.map((n, i) => (names.indexOf(n) === i ? n : `${n}#${i + 1}`));
  const judged = folders.map((f, i) => judgeFolder(f, linter, unique[i]));
  const sets = judged.map((j, i) => agreement(unique[i]!, [folders[i]!], j, linter));
  return { sets, pooled: agreement('pooled', [...folders], judged.flat(), linter) };
}
