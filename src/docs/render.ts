/**
 * Per-rule documentation, generated from the rule metadata (the one source
 * of truth): docs/rules/<id>.md is this function's output, and
 * `mlsd-lint explain <id>` prints it.
 */
import type { Rule } from '../core/rule.js';
import { failureMessage } from '../core/rule.js';

const STATUS_LABEL = { pass: 'passes', fail: 'fails', 'n/a': 'is n/a' } as const;

function fence(markdown: string): string {
  // a fence longer than any backtick run inside the example
  const longest = Math.max(2, ...(markdown.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}markdown\n${markdown.replace(/\n$/, '')}\n${ticks}`;
}

/** The options of a rule with an options schema: a table, and the setting that uses them. */
function optionsDoc(rule: Rule): string[] {
  const props = (rule.meta.optionsSchema?.properties ?? {}) as Record<string, { description?: string; default?: unknown }>;
  const names = Object.keys(props);
  if (names.length === 0) return [];
  const example = Object.fromEntries(names.map((n) => [n, props[n]!.default ?? null]));
  return [
    'Options (checked against the configuration schema):',
    '',
    '| option | default | |',
    '|---|---|---|',
    ...names.map((n) => `| \`${n}\` | \`${JSON.stringify(props[n]!.default ?? null)}\` | ${props[n]!.description ?? ''} |`),
    '',
    '```json',
    `{ "rules": { "${rule.meta.id}": ["${rule.meta.severity}", ${JSON.stringify(example).replace(/,/g, ', ').replace(/:/g, ': ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}] } }`,
    '```',
    '',
  ];
}

export function renderRuleDoc(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `# ${m.id}`,
    '',
    `> ${m.description}`,
    '',
    `| phase | default severity |`,
    `|---|---|`,
    `| \`${m.phase}\` | \`${m.severity}\` |`,
    '',
    '## Why it matters',
    '',
    m.rationale,
    '',
    '## What passes',
    '',
    m.passes,
    '',
    '## What fails',
    '',
    m.fails,
    '',
  ];
  if (m.notApplicable) lines.push('## When it does not apply', '', m.notApplicable, '');
  lines.push('## The message', '', `> ${failureMessage(m, { status: 'fail' })}`, '', '## Examples', '');
  for (const ex of m.examples) {
    lines.push(`### ${ex.title} (${STATUS_LABEL[ex.status]})`, '', fence(ex.markdown), '');
  }
  lines.push('## Configuration', '', 'In `.mlsd-lint.json`:', '', '```json', `{ "rules": { "${m.id}": "off" } }`, '```', '');
  lines.push(...optionsDoc(rule));
  lines.push(`Inline, for one place in a document: \`<!-- mlsd-lint disable ${m.id} -->\`.`, '');
  return `${lines.join('\n')}`;
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const lines = ['# Rules', '', 'Generated from the rule metadata by `npm run docs`; do not edit by hand.', '', '| rule | phase | severity | description |', '|---|---|---|---|'];
  for (const r of rules) lines.push(`| [${r.meta.id}](./${r.meta.id}.md) | ${r.meta.phase} | ${r.meta.severity} | ${r.meta.description} |`);
  return `${lines.join('\n')}\n`;
}
