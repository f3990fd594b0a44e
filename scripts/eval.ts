/**
 * Agreement of the detectors with labelled folders (labels.json beside the
 * documents), per set and pooled over all sets: per rule agreement,
 * precision and recall of "pass", evidence agreement, and the macro mean.
 *
 *   npm run eval -- DIR... [--json] [--rule id] [-v]
 *
 * -v lists each disagreement (document, expected, actual) and each evidence
 * miss (the line quoted against the label's line). Rules the labels name
 * that the linter does not run are reported as not run and left out of the
 * macro.
 */
import { parseArgs } from 'node:util';
import { shippedLinter } from '../src/shipped.js';
import { evaluateFolder, evaluateFolders, type RuleAgreement, type SetResult } from './eval/agreement.js';

export { evaluateFolder, evaluateFolders };
export type { RuleAgreement, SetResult };

/** Measure one labelled folder with the shipped rules. */
export function evaluate(folder: string): SetResult {
  return evaluateFolder(folder, shippedLinter);
}

function pct(v: number | null): string {
  return v === null ? '    -  ' : `${(v * 100).toFixed(1).padStart(6)}%`;
}

function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function printSet(result: SetResult, shown: readonly RuleAgreement[], verbose: boolean, out: (s: string) => void): void {
  out(`== ${result.name}: ${result.documents} labelled document${result.documents === 1 ? '' : 's'}${result.name === 'pooled' ? ` from ${result.folders.length} sets` : ` (${result.folders[0]})`}\n`);
  const width = Math.max(...shown.map((r) => r.rule.length), 4);
  out(`${'rule'.padEnd(width)}  agreement  precision     recall   evidence   (precision, recall: of "pass")\n`);
  for (const r of shown) {
    out(`${r.rule.padEnd(width)}    ${pct(r.agreement)}    ${pct(r.precision)}    ${pct(r.recall)}    ${pct(r.evidence)}\n`);
    if (!verbose) continue;
    for (const d of r.disagreements) out(`      ${d.set}/${d.document}: expected ${d.expected}, got ${d.actual}\n`);
    for (const m of r.evidenceMisses) {
      out(`      ${m.set}/${m.document}: evidence line ${m.line} "${clip(m.quote)}"; labels: line${m.labelLines.length > 1 ? 's' : ''} ${m.labelLines.join(', ')} "${clip(m.labelQuote)}"\n`);
    }
  }
  const below = result.rules.filter((r) => r.agreement < 0.8).length;
  out(`macro agreement over ${result.rules.length} rules: ${pct(result.macro).trim()}  (rules below 80%: ${below})\n`);
  out(`evidence agreement: ${pct(result.evidence).trim()} of ${result.evidenceJudged} passes both agree on (first evidence line among the label's lines)\n`);
  if (result.notRun.length > 0) {
    out(`not run: ${result.notRun.length} labelled rule${result.notRun.length === 1 ? '' : 's'} the linter does not have, left out of the macro: ${result.notRun.join(', ')}\n`);
  }
  out('\n');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, rule: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval -- <labelled folder>... [--json] [--verbose] [--rule id]\n');
    process.exit(2);
  }
  let result: ReturnType<typeof evaluateFolders>;
  try {
    result = evaluateFolders(positionals, shippedLinter);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    process.exit(2);
  }
  if (values.rule && !shippedLinter.rules.some((r) => r.meta.id === values.rule)) {
    process.stderr.write(`eval: unknown rule "${values.rule}"\n`);
    process.exit(2);
  }
  const pick = (s: SetResult): RuleAgreement[] => (values.rule ? s.rules.filter((r) => r.rule === values.rule) : s.rules);
  // pooled only adds something with more than one set
  const all = result.sets.length > 1 ? [...result.sets, result.pooled] : result.sets;
  if (values.json) {
    const shown = (s: SetResult) => ({ ...s, rules: pick(s) });
    process.stdout.write(`${JSON.stringify({ sets: result.sets.map(shown), pooled: shown(result.pooled) }, null, 2)}\n`);
    return;
  }
  const out = (s: string) => process.stdout.write(s);
  for (const s of all) printSet(s, pick(s), values.verbose ?? false, out);
}

if (process.argv[1]?.endsWith('eval.js')) main();
