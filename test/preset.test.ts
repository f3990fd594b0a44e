/**
 * The remark-lint preset (mlsd-lint/preset) in a plain unified pipeline, as
 * a `.remarkrc` user runs it, gives the messages the engine (and so the CLI)
 * gives: same rule ids, places, reasons and severities.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import { VFile } from 'vfile';
import preset from '../src/preset.js';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import { DEV_CORPUS, hasDevCorpus, noteSkip } from './helpers/shared.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLint).use(preset).freeze();

async function viaRemark(text: string) {
  const file = new VFile({ path: 'doc.md', value: text });
  await processor.run(processor.parse(file), file);
  return {
    messages: file.messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, reason: m.reason, severity: m.fatal ? 'error' : 'warn' })),
    file,
  };
}
function viaEngine(text: string) {
  const report = lint(text, { path: 'doc.md' });
  return {
    messages: report.messages.map((m) => ({ rule: m.rule, line: m.line, column: m.column, reason: m.message, severity: m.severity })),
    report,
  };
}

const docs: Array<[string, string]> = [
  ['the example design', readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8')],
  ['a weak design', '# Feed\n\n- model: a deep neural net\n- must be real-time\n'],
  ['front matter and placeholders', '---\ntitle: x\n---\n\n# Ads\n\nWe frame this as binary classification. TODO\n\n## Data\n\nTBD\n'],
  [
    'inline comments',
    '# Feed\n\n<!-- mlsd-lint disable latency-constraint-stated -->\n\nWe rank posts.\n\n<!-- mlsd-lint ignore no-placeholders -->\nTODO one\n\nTODO two\n',
  ],
];
if (noteSkip(hasDevCorpus, 'preset: six dev-corpus documents through remark as through the engine')) {
  for (const name of readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.md')).slice(0, 6)) docs.push([name, readFileSync(join(DEV_CORPUS, name), 'utf8')]);
}

describe('mlsd-lint/preset', () => {
  it('is every rule at its default severity, then inline control', () => {
    expect(preset.plugins).toHaveLength(rules.length + 1);
    rules.forEach((r, i) => expect(preset.plugins![i]).toEqual([r.plugin, r.meta.severity]));
  });

  for (const [name, text] of docs) {
    it(`gives the engine's messages on ${name}`, async () => {
      const remark = await viaRemark(text);
      const engine = viaEngine(text);
      expect(remark.messages).toEqual(engine.messages);
      expect(Object.keys(remark.file.data.mlsdLint!.results)).toEqual(engine.report.results.map((r) => r.rule));
    });
  }

  it('produces messages at all (the comparison is not vacuous)', async () => {
    const { messages, file } = await viaRemark(docs[1]![1]);
    expect(messages.length).toBeGreaterThan(10);
    for (const m of file.messages) {
      expect(m.source).toBe('mlsd-lint');
      expect(m.url).toBe(rules.find((r) => r.meta.id === m.ruleId)!.meta.url);
    }
    expect((await viaRemark(docs[3]![1])).messages.some((m) => m.rule === 'latency-constraint-stated')).toBe(false);
  });

  it('reports an invalid mlsd-lint comment as a fatal message', async () => {
    const { file } = await viaRemark('# Feed\n\n<!-- mlsd-lint disable nope -->\n\nWe rank.\n');
    const problem = file.messages.find((m) => m.ruleId === 'inline-config');
    expect(problem).toMatchObject({ line: 3, column: 1, fatal: true, source: 'mlsd-lint' });
    expect(problem!.reason).toContain('unknown rule "nope"');
  });

  it("remark-lint's own <!-- lint disable --> comments do not touch mlsd-lint messages", async () => {
    const { messages } = await viaRemark('# Feed\n\n<!-- lint disable -->\n\nWe rank posts.\n');
    expect(messages.some((m) => m.rule === 'latency-constraint-stated')).toBe(true);
  });
});
