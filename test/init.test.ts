/**
 * `mlsd-lint init`: the starting document and its command. A fresh template
 * fails only for missing content; its prompts come from the rule metadata;
 * an answer written under its headings grades exactly as the same answer
 * without the template's prompts and budgets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, jsonReport, project } from './helpers/cli.js';
import { lint } from '../src/shipped.js';
import { rules } from '../rules/index.js';
import { commentSafe, designTemplate, DEFAULT_TITLE } from '../src/core/template.js';
import { TIME_BUDGET, budgetLabel } from '../src/core/time-budget.js';
import { PHASES } from '../src/core/types.js';

const FIXTURE = readFileSync(new URL('../fixtures/podcast-recommendations.md', import.meta.url), 'utf8');

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});
function folder(files: Record<string, string> = {}) {
  const p = project(files);
  cleanup.push(p.remove);
  return p.dir;
}

/** The lines of the template that are inside HTML comments. */
function commentLines(text: string): Set<number> {
  const out = new Set<number>();
  let inside = false;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('<!--')) inside = true;
    if (inside) out.add(i + 1);
    if (line.includes('-->')) inside = false;
  });
  return out;
}

describe('mlsd-lint init x.md && mlsd-lint x.md', () => {
  it('writes a template that lints with only missing-content failures, and exits 1', async () => {
    const dir = folder();
    const init = await cli(['init', 'x.md', '--problem', 'Design a video recommender'], dir);
    expect(init).toMatchObject({ code: 0, err: '' });
    expect(init.out).toContain('x.md');
    const text = readFileSync(join(dir, 'x.md'), 'utf8');

    expect((await cli(['x.md'], dir)).code).toBe(1);
    const { code, report } = await jsonReport(['x.md'], dir);
    expect(code).toBe(1);
    const results = report.files[0]!.results;
    const failed = results.filter((r) => r.status === 'fail');
    // every phase rule fails, and phases-covered names all four phases as missing
    expect(failed.map((r) => r.rule).sort()).toEqual(rules.filter((r) => r.meta.phase !== 'document').map((r) => r.meta.id).filter((id) => results.find((x) => x.rule === id)!.status !== 'n/a').concat('phases-covered').sort());
    // missing content: a failure with nothing found to quote
    for (const f of failed) expect(f.evidence, f.rule).toEqual([]);
    expect(failed.find((r) => r.rule === 'phases-covered')!.message).toContain('Missing phases: clarify, data, model, production');
    // the prompts are not placeholders, and no rule passes on them
    expect(results.find((r) => r.rule === 'no-placeholders')!.status).toBe('pass');
    const hidden = commentLines(text);
    for (const r of results) for (const e of r.evidence) expect(hidden.has(e.line), `${r.rule} quotes line ${e.line}`).toBe(false);
    // the only pass with evidence is the order of the four phase headings
    const passed = results.filter((r) => r.status === 'pass' && r.evidence.length > 0);
    expect(passed.map((r) => r.rule)).toEqual(['phases-in-order']);
    expect(passed[0]!.evidence.map((e) => e.text.split(':')[0])).toEqual([...PHASES]);
    expect(report.files[0]!.score.total).toBe(0);
  });

  it('never replaces an existing file without --force (exit 2, the file untouched)', async () => {
    const dir = folder({ 'mine.md': '# My answer\n\nWork in progress.\n' });
    const refused = await cli(['init', 'mine.md'], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('mlsd-lint init: mine.md already exists; not replaced (pass --force to replace it)\n');
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('# My answer\n\nWork in progress.\n');

    const forced = await cli(['init', 'mine.md', '--force', '--problem', 'Design card-fraud detection'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe(designTemplate(rules, { problem: 'Design card-fraud detection' }));
  });

  it('writes design.md by default, and "-" writes to standard output only', async () => {
    const dir = folder();
    const out = await cli(['init', '-', '--problem', 'Design a video recommender'], dir);
    expect(out).toEqual({ code: 0, out: designTemplate(rules, { problem: 'Design a video recommender' }), err: '' });
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect((await cli(['init'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'design.md'), 'utf8')).toBe(designTemplate(rules));
  });

  it('reports bad arguments and unwritable places in one line, exit 2, no stack trace', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'folder'));
    const cases: Array<[string[], string]> = [
      [['init', '--bogus'], "mlsd-lint init: Unknown option '--bogus'"],
      [['init', 'a.md', 'b.md'], 'mlsd-lint init: takes at most one file, not 2'],
      [['init', 'a.md', '--problem', '  '], 'mlsd-lint init: --problem needs the problem'],
      [['init', 'no/such/folder/a.md'], 'mlsd-lint init: cannot write no/such/folder/a.md: its folder does not exist'],
      [['init', 'folder'], 'mlsd-lint init: folder already exists; not replaced'],
      [['init', 'folder', '--force'], 'mlsd-lint init: cannot write folder: is a folder'],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.startsWith(message), r.err).toBe(true);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'a.md'))).toBe(false);
  });

  it('has its own --help, and the main help names the subcommand', async () => {
    const dir = folder();
    const help = await cli(['init', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--problem <text>');
    expect((await cli(['--help'], dir)).out).toContain('mlsd-lint init [file]');
  });
});

describe('the template', () => {
  const text = designTemplate(rules, { problem: 'Design a video recommender' });
  const headings = text.split('\n').filter((l) => l.startsWith('## '));

  it('has the problem as its title, on one line, and a default title without one', () => {
    expect(text.startsWith('# Design a video recommender\n')).toBe(true);
    expect(designTemplate(rules, { problem: ' Design a\nnews feed ' }).split('\n')[0]).toBe('# Design a news feed');
    expect(designTemplate(rules).split('\n')[0]).toBe(`# ${DEFAULT_TITLE}`);
    expect(designTemplate(rules, { problem: '## Design a news feed' }).split('\n')[0]).toBe('# Design a news feed');
  });

  it('gives each phase a section with its time budget in the heading', () => {
    expect(headings).toEqual(['## 1. Clarify the problem (5-10 minutes)', '## 2. Data (10 minutes)', '## 3. Model (10-15 minutes)', '## 4. Production (10 minutes)']);
    expect(TIME_BUDGET.map((b) => b.phase)).toEqual([...PHASES]);
    expect(budgetLabel({ minMinutes: 1, maxMinutes: 1 })).toBe('1 minute');
  });

  it("prompts each section with its phase's rule descriptions, from the rule metadata", () => {
    const sections = text.split(/^## /m);
    for (const rule of rules) {
      const where = sections.findIndex((s) => s.includes(commentSafe(rule.meta.description)));
      const expected = rule.meta.phase === 'document' ? 0 : PHASES.indexOf(rule.meta.phase) + 1;
      expect(where, rule.meta.id).toBe(expected);
    }
  });

  it('keeps text that would end an HTML comment inside it', () => {
    // a prompt line holding "-->" would end the comment: the lines after it would be visible text
    const prompt = (line: string) => `# X\n\n<!--\n${line}\n  - the next prompt, TODO\n-->\n`;
    const unsafe = 'a description --> with an arrow';
    expect(lint(prompt(unsafe)).results.find((r) => r.rule === 'no-placeholders')!.status).toBe('fail');
    expect(lint(prompt(commentSafe(unsafe))).results.find((r) => r.rule === 'no-placeholders')!.status).toBe('pass');
    expect(commentSafe('a -- b --- c -> d')).not.toMatch(/--|->/);
  });

  it('grades an answer written under its headings exactly as the answer alone', () => {
    // the fixture's four section bodies, each written under the template's heading of its phase
    const bodies = FIXTURE.split(/^## .*$/m).slice(1);
    expect(bodies).toHaveLength(4);
    let answered = text;
    headings.forEach((h, i) => {
      answered = answered.replace(`${h}\n`, `${h}\n${bodies[i]}`);
    });
    const ownHeadings = FIXTURE.replace('## 4. Deployment and monitoring', '## 4. Production');
    const a = lint(answered);
    const b = lint(ownHeadings);
    expect(a.results.map((r) => [r.rule, r.status])).toEqual(b.results.map((r) => [r.rule, r.status]));
    expect(a.score.total).toBe(b.score.total);
    expect(a.score.total).toBeGreaterThan(80);
  });

  it('never reads the time budgets in its headings as a latency, compute or retraining statement', () => {
    // an answer that states none of these: "(10 minutes)" must not state one for it
    const silent = FIXTURE.split('\n').filter((line) => !/Latency|Compute|Scale|Retraining/.test(line)).join('\n');
    const bodies = silent.split(/^## .*$/m).slice(1);
    let answered = text;
    headings.forEach((h, i) => {
      answered = answered.replace(`${h}\n`, `${h}\n${bodies[i]}`);
    });
    const withoutBudgets = answered.replace(/ \(\d+(?:-\d+)? minutes\)$/gm, '');
    expect(withoutBudgets).not.toContain('minutes)');
    const a = lint(answered);
    const b = lint(withoutBudgets);
    expect(a.results.map((r) => [r.rule, r.status])).toEqual(b.results.map((r) => [r.rule, r.status]));
    for (const rule of ['latency-constraint-stated', 'compute-budget-stated', 'scale-quantified', 'retraining-planned']) {
      expect(a.results.find((r) => r.rule === rule)!.status, rule).toBe('fail');
    }
  });
});

// the template is core code: the playground bundles it
it('src/core/template.ts imports nothing from node:', () => {
  for (const f of ['../src/core/template.ts', '../src/core/time-budget.ts']) {
    expect(readFileSync(new URL(f, import.meta.url), 'utf8')).not.toMatch(/from ['"]node:/);
  }
});
