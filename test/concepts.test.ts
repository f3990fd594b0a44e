/**
 * Rules declare the lexicon concepts they read (`meta.concepts`, typed by
 * ConceptId): every concept a rule queries at run time is one it declares,
 * and every lexicon concept is read by some rule or by the engine itself
 * (engine-concepts.ts). Usage is noted while the rules run over their own
 * examples and the labelled documents.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import { conceptsUsed } from '../src/core/concept-usage.js';
import { ENGINE_CONCEPTS, isMaskConcept } from '../src/core/engine-concepts.js';
import { getLexicon } from '../src/core/lexicons.js';
import { DEV_CORPUS, SHARED, noteSkip } from './helpers/shared.js';

// a missing corpus folder narrows what the concept record sees: say so rather than pass on less
const folders = [DEV_CORPUS, `${SHARED}corpus/synthetic`, fileURLToPath(new URL('../fixtures/heldout', import.meta.url))].filter((f) =>
  noteSkip(existsSync(f), `concept use: the documents of ${f}`),
);
for (const rule of rules) for (const e of rule.meta.examples) lint(e.markdown);
for (const folder of folders) for (const f of readdirSync(folder).filter((n) => n.endsWith('.md'))) lint(readFileSync(join(folder, f), 'utf8'));
const used = conceptsUsed();
const usedBy = (id: string): string[] => [...(used.get(id) ?? [])].sort();

const declaring = rules.filter((r) => r.meta.concepts !== undefined);
const undeclared = rules.filter((r) => r.meta.concepts === undefined);

/**
 * Concept ids a source file names as string literals. A rule that reads
 * `sentence.hits` directly ("h.concept === 'loss-word'") is not seen by the
 * run-time record; until it declares meta.concepts, naming the id in its
 * file (or in a shared analysis) counts as reading it.
 */
function namedIn(file: string, ids: ReadonlySet<string>): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]!).filter((id) => ids.has(id));
}
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Lexicon concepts found unread when this test was written, each with why:
 * to be removed from the lexicon or declared by the rule that should read
 * them. Keep it short; the next test fails once one of them is read again.
 */
/** Concepts known to be unread, with why (none today: an unread concept is removed or declared where it is read). */
const KNOWN_UNREAD: Readonly<Record<string, string>> = {};

describe('every concept a rule queries is declared in its meta.concepts', () => {
  it('the usage record sees the queries (a rule that reads concepts is noted)', () => {
    expect(usedBy('baseline-proposed').length).toBeGreaterThan(0);
  });
  for (const rule of declaring) {
    it(rule.meta.id, () => {
      const declared = new Set<string>(rule.meta.concepts);
      expect(usedBy(rule.meta.id).filter((c) => !declared.has(c)), `queried but not in meta.concepts of ${rule.meta.id}`).toEqual([]);
    });
  }
  if (undeclared.length > 0) {
    // visible in the run: the rules still to declare what they read
    console.log(`meta.concepts not declared yet (skipped): ${undeclared.map((r) => r.meta.id).join(', ')}`);
    for (const rule of undeclared) it.skip(`${rule.meta.id} (no meta.concepts yet)`, () => undefined);
  }
});

describe('every lexicon concept is read', () => {
  it('by a rule that declares it, by the engine, or (until it declares) by a rule that queries it', () => {
    const ids = new Set(getLexicon().concepts.keys());
    const analyses = readdirSync(join(ROOT, 'src/core/analysis')).map((f) => join(ROOT, 'src/core/analysis', f));
    const read = new Set<string>([
      ...ENGINE_CONCEPTS,
      ...declaring.flatMap((r) => r.meta.concepts ?? []),
      ...undeclared.flatMap((r) => [...usedBy(r.meta.id), ...namedIn(join(ROOT, 'rules', `${r.meta.id}.ts`), ids)]),
      ...analyses.flatMap((f) => namedIn(f, ids)),
    ]);
    const unread = [...ids].filter((c) => !read.has(c) && !isMaskConcept(c) && !(c in KNOWN_UNREAD));
    expect(unread, 'lexicon concepts nothing reads: remove them or declare them on the rule that should read them').toEqual([]);
  });
  it('the concepts known to be unread are still lexicon concepts nothing reads (the list cannot go stale)', () => {
    const ids = new Set(getLexicon().concepts.keys());
    const readNow = new Set([...declaring.flatMap((r) => r.meta.concepts ?? []), ...undeclared.flatMap((r) => usedBy(r.meta.id)), ...ENGINE_CONCEPTS]);
    for (const c of Object.keys(KNOWN_UNREAD)) {
      expect(ids.has(c), `${c} is no longer a lexicon concept: drop it from KNOWN_UNREAD`).toBe(true);
      expect(readNow.has(c), `${c} is read now: drop it from KNOWN_UNREAD`).toBe(false);
    }
  });
  it('the engine\'s own concepts are lexicon concepts', () => {
    const known = getLexicon().concepts;
    expect(ENGINE_CONCEPTS.filter((c) => !known.has(c))).toEqual([]);
  });
});

describe('concept ids are typed (ConceptId, from the lexicon JSON keys)', () => {
  it('a misspelt id in a query or in meta.concepts is a compile error; a right one compiles', async () => {
    const ts = (await import('typescript')).default;
    const file = fileURLToPath(new URL('./fixtures/types/misspelt-concept.ts', import.meta.url));
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors.length, errors.join('\n')).toBe(2);
    expect(errors[0]).toMatch(/^7: .*"drift-dta"/);
    expect(errors[1]).toMatch(/^10: .*"laetncy-cue"/);
  }, 60_000);
});
