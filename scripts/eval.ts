/**
 * Agreement of the detectors with a labelled folder (labels.json beside the
 * documents): per rule, agreement (share of documents where the status
 * matches), precision and recall of "pass", and the macro mean.
 *
 *   npm run eval -- ../shared/corpus/dev [--json] [--rule id] [--verbose]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';

interface Labels {
  documents: Record<string, { status: Record<string, string>; evidence?: Record<string, number[]> }>;
}

export interface RuleAgreement {
  rule: string;
  documents: number;
  agreement: number;
  precision: number | null;
  recall: number | null;
  disagreements: Array<{ document: string; expected: string; actual: string }>;
}

export function evaluate(folder: string): { rules: RuleAgreement[]; macro: number } {
  const labelsPath = join(folder, 'labels.json');
  if (!existsSync(labelsPath)) throw new Error(`no labels.json in ${folder}`);
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels;
  const actual = new Map<string, Map<string, string>>();
  for (const name of Object.keys(labels.documents)) {
    const report = lint(readFileSync(join(folder, name), 'utf8'), { path: name });
    actual.set(name, new Map(report.results.map((r) => [r.rule, r.status])));
  }
  const out: RuleAgreement[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    let n = 0;
    let agree = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const disagreements: RuleAgreement['disagreements'] = [];
    for (const [name, doc] of Object.entries(labels.documents)) {
      const expected = doc.status[id];
      if (expected === undefined) continue;
      const got = actual.get(name)?.get(id) ?? 'missing';
      n++;
      if (got === expected) agree++;
      else disagreements.push({ document: name, expected, actual: got });
      if (got === 'pass' && expected === 'pass') tp++;
      else if (got === 'pass') fp++;
      else if (expected === 'pass') fn++;
    }
    if (n === 0) continue;
    out.push({
      rule: id,
      documents: n,
      agreement: agree / n,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
      disagreements,
    });
  }
  const macro = out.reduce((sum, r) => sum + r.agreement, 0) / Math.max(1, out.length);
  return { rules: out, macro };
}

function pct(v: number | null): string {
  return v === null ? '   -  ' : `${(v * 100).toFixed(1).padStart(5)}%`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' }, rule: { type: 'string' } },
  });
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write('usage: npm run eval -- <labelled folder> [--json] [--verbose] [--rule id]\n');
    process.exit(2);
  }
  let result: ReturnType<typeof evaluate>;
  try {
    result = evaluate(folder);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const shown = values.rule ? result.rules.filter((r) => r.rule === values.rule) : result.rules;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...result, rules: shown }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...shown.map((r) => r.rule.length), 4);
  process.stdout.write(`${'rule'.padEnd(width)}  agreement  precision  recall   (of "pass")\n`);
  for (const r of shown) {
    process.stdout.write(`${r.rule.padEnd(width)}  ${pct(r.agreement)}     ${pct(r.precision)}     ${pct(r.recall)}\n`);
    if (values.verbose) for (const d of r.disagreements) process.stdout.write(`    ${d.document}: expected ${d.expected}, got ${d.actual}\n`);
  }
  const below = result.rules.filter((r) => r.agreement < 0.8).length;
  process.stdout.write(`\nmacro agreement over ${result.rules.length} rules: ${(result.macro * 100).toFixed(1)}%  (rules below 80%: ${below})\n`);
}

if (process.argv[1]?.endsWith('eval.js')) main();
