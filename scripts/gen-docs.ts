/**
 * Write docs/rules/<id>.md and docs/rules/README.md from the rule metadata.
 *   npm run docs          write the files
 *   npm run docs -- --check   exit 1 when a file is missing or stale
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { renderRuleDoc, renderRuleIndex } from '../src/docs/render.js';

export function expectedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) files.set(`${rule.meta.id}.md`, renderRuleDoc(rule));
  files.set('README.md', renderRuleIndex(rules));
  return files;
}

function main(): void {
  const dir = join(process.cwd(), 'docs', 'rules');
  const check = process.argv.includes('--check');
  const expected = expectedDocs();
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of expected) {
    const path = join(dir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === text) continue;
    stale++;
    if (check) process.stderr.write(`stale: docs/rules/${name}\n`);
    else writeFileSync(path, text);
  }
  for (const name of readdirSync(dir)) {
    if (!expected.has(name)) {
      stale++;
      process.stderr.write(`no rule for docs/rules/${name}\n`);
    }
  }
  if (check && stale > 0) process.exit(1);
  if (!check) process.stdout.write(`docs/rules: ${expected.size} files, ${stale} written\n`);
}

if (process.argv[1]?.endsWith('gen-docs.js')) main();
