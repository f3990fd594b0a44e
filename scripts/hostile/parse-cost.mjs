/** Parse / lint cost on generated hostile inputs (docs/untrusted-input.md): node scripts/hostile/parse-cost.mjs table|headings|word|wordnl|wordsolid <n> bare|barecm|ours|lint (after npm run build). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseMarkdown } from '../../dist/src/core/parse.js';
import { lint } from '../../dist/src/shipped.js';
const [kind, sizeArg, mode] = process.argv.slice(2);
const n = Number(sizeArg);
function gen() {
  if (kind === 'table') {
    let s = '| a | b | c |\n|---|---|---|\n';
    for (let i = 0; i < n; i++) s += `| cell${i} | x | y |\n`;
    return s;
  }
  if (kind === 'headings') { let s = ''; for (let i = 0; i < n; i++) s += `# Heading ${i}\n`; return s; }
  if (kind === 'word') return 'data '.repeat(n);
  if (kind === 'wordnl') return 'data\n'.repeat(n);
  if (kind === 'wordsolid') return 'data'.repeat(n);
  throw new Error(kind);
}
const text = gen();
const bare = unified().use(remarkParse).use(remarkGfm).freeze();
const bareCM = unified().use(remarkParse).freeze();
const t0 = performance.now();
if (mode === 'bare') bare.parse(text);
else if (mode === 'barecm') bareCM.parse(text);
else if (mode === 'ours') parseMarkdown(text);
else lint(text);
const ms = performance.now() - t0;
console.log(`${kind} n=${n} bytes=${text.length} ${mode}: ${ms.toFixed(0)} ms`);
