/**
 * Benchmark (`npm run bench`; speed is measured here, never in tests):
 *
 * 1. Linear growth: lint() on documents of 1 to 10 MB made of the real
 *    design documents (../shared/corpus/real, else the fixture) repeated;
 *    ms per MB at each size, the 10 MB : 1 MB time ratio (10 when linear)
 *    and the least-squares slope.
 * 2. mlsd-lint against a bare remark-parse pass (unified + remark-parse,
 *    no GFM or front matter) on the same real documents, each linted and
 *    parsed as its own file, the corpus repeated; also against the parser
 *    lint() itself uses (remark-parse + GFM + front matter).
 *
 * 3. The whole command (scripts/bench-cli.ts): 1,000 unique documents built
 *    from ../shared/corpus with --jobs 1, --jobs 2 and a --cache re-run,
 *    against a bare remark-parse pass, markdownlint-cli2 and remark-cli;
 *    one document's cold start against markdownlint-cli2; a size sweep of
 *    one document at 1x, 10x and 100x with time per MB; wall, CPU and peak
 *    memory of each, ratios, and issue 13's bar.
 * 4. Memory on many files (scripts/bench-memory.ts): peak memory and report
 *    size of `-f json -o` and `-f sarif -o` on 10,000 small documents
 *    (--mem-docs) and a tenth of them, so the growth per file shows.
 *
 *   npm run bench -- [--sizes 1,2,4,6,8,10] [--rounds 5] [--docs 1000] [--parts growth,parser,cli,memory]
 *                    [--mem-docs 10000] [--mem-jobs 2]
 *
 * Times are wall-clock (performance.now) with CPU time beside them: on a
 * shared machine CPU time is the steadier of the two. The micromark fix of
 * src/core/micromark-linear.ts is active for both sides of part 2 (it is
 * installed when the core loads).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from '../src/shipped.js';
import { parseMarkdown } from '../src/core/parse.js';
import { cliBench } from './bench-cli.js';
import { memoryBench } from './bench-memory.js';

const REAL = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../fixtures/podcast-recommendations.md', import.meta.url));
const MB = 1024 * 1024;

interface Timing {
  wall: number;
  cpu: number;
}

function time(run: () => void): Timing {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function realDocuments(): string[] {
  if (!existsSync(REAL)) return [];
  return readdirSync(REAL)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
    .map((f) => readFileSync(`${REAL}${f}`, 'utf8'));
}

const PARTS = ['growth', 'parser', 'cli', 'memory'];

function args(): { sizes: number[]; rounds: number; docs: number; parts: string[]; memDocs: number; memJobs: number[] } {
  const argv = process.argv.slice(2);
  let sizes = [1, 2, 4, 6, 8, 10];
  let rounds = 5;
  let docs = 1000;
  let parts = PARTS;
  let memDocs = 10_000;
  let memJobs = [2];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = argv[++i]!.split(',').map(Number);
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i] === '--docs') docs = Number(argv[++i]);
    else if (argv[i] === '--parts') parts = argv[++i]!.split(',');
    else if (argv[i] === '--mem-docs') memDocs = Number(argv[++i]);
    else if (argv[i] === '--mem-jobs') memJobs = argv[++i]!.split(',').map(Number);
    else throw new Error(`unknown argument ${argv[i]} (use --sizes 1,2,10, --rounds N, --docs N, --mem-docs N, --mem-jobs 1,2, --parts ${PARTS.join(',')})`);
  }
  if (sizes.some((s) => !(s > 0)) || !(rounds > 0) || !(docs > 0) || !(memDocs > 0) || memJobs.some((j) => !(j > 0))) throw new Error('sizes, rounds, docs, mem-docs and mem-jobs must be positive');
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')} (expected ${PARTS.join(', ')})`);
  return { sizes, rounds, docs, parts, memDocs, memJobs };
}

const f0 = (n: number): string => Math.round(n).toString();

function growth(corpus: string, sizes: number[]): void {
  process.stdout.write(`\n1. Linear growth: lint() of one document made of ${existsSync(REAL) ? 'the real corpus' : 'the fixture'} repeated\n\n`);
  process.stdout.write('  size MB   wall ms   cpu ms   wall ms/MB   cpu ms/MB   parse ms   heap MB\n');
  lint(corpus.slice(0, 200_000)); // warm up: JIT and lexicon, not charged to the first size
  const points: Array<{ mb: number; wall: number; cpu: number }> = [];
  for (const mb of sizes) {
    const length = Math.round(mb * MB);
    const text = corpus.repeat(Math.ceil(length / corpus.length)).slice(0, length);
    const parse = time(() => parseMarkdown(text));
    let heap = 0;
    const t = time(() => {
      lint(text, { path: `${mb}mb.md` });
      heap = process.memoryUsage().heapUsed;
    });
    points.push({ mb, wall: t.wall, cpu: t.cpu });
    process.stdout.write(
      `  ${String(mb).padStart(7)}  ${f0(t.wall).padStart(8)}  ${f0(t.cpu).padStart(7)}  ${f0(t.wall / mb).padStart(11)}  ${f0(t.cpu / mb).padStart(10)}  ${f0(parse.wall).padStart(9)}  ${f0(heap / MB).padStart(8)}\n`,
    );
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const slope = (key: 'wall' | 'cpu'): { perMb: number; intercept: number } => {
    const n = points.length;
    const mx = points.reduce((a, p) => a + p.mb, 0) / n;
    const my = points.reduce((a, p) => a + p[key], 0) / n;
    const sxy = points.reduce((a, p) => a + (p.mb - mx) * (p[key] - my), 0);
    const sxx = points.reduce((a, p) => a + (p.mb - mx) ** 2, 0);
    const perMb = sxx === 0 ? NaN : sxy / sxx;
    return { perMb, intercept: my - perMb * mx };
  };
  const w = slope('wall');
  const c = slope('cpu');
  process.stdout.write(
    `\n  ${last.mb} MB : ${first.mb} MB time ratio: wall ${(last.wall / first.wall).toFixed(2)}, cpu ${(last.cpu / first.cpu).toFixed(2)} (size ratio ${(last.mb / first.mb).toFixed(2)}; equal when linear)\n` +
      `  least-squares slope: wall ${f0(w.perMb)} ms/MB (intercept ${f0(w.intercept)} ms), cpu ${f0(c.perMb)} ms/MB (intercept ${f0(c.intercept)} ms)\n`,
  );
}

function againstParser(docs: string[], rounds: number): void {
  process.stdout.write(`\n2. mlsd-lint against a bare remark-parse pass: ${docs.length} real documents, each its own file, ${rounds} rounds\n\n`);
  const bare = unified().use(remarkParse).freeze();
  const total = { lint: { wall: 0, cpu: 0 }, bare: { wall: 0, cpu: 0 }, parser: { wall: 0, cpu: 0 } };
  const add = (into: Timing, t: Timing): void => {
    into.wall += t.wall;
    into.cpu += t.cpu;
  };
  // warm up every path once (JIT, lexicon compilation)
  for (const d of docs) {
    lint(d);
    bare.parse(d);
    parseMarkdown(d);
  }
  for (let r = 0; r < rounds; r++) {
    // interleaved, so a slower moment of a shared machine hits all three alike
    add(total.bare, time(() => docs.forEach((d) => bare.parse(d))));
    add(total.parser, time(() => docs.forEach((d) => parseMarkdown(d))));
    add(total.lint, time(() => docs.forEach((d, i) => lint(d, { path: `${i}.md` }))));
  }
  const bytes = docs.reduce((a, d) => a + d.length, 0) * rounds;
  const row = (name: string, t: Timing): string =>
    `  ${name.padEnd(42)} ${f0(t.wall).padStart(8)} ms wall  ${f0(t.cpu).padStart(8)} ms cpu  ${f0(t.wall / (bytes / MB)).padStart(6)} ms/MB\n`;
  process.stdout.write(row('remark-parse (bare)', total.bare));
  process.stdout.write(row('remark-parse + GFM + front matter', total.parser));
  process.stdout.write(row('mlsd-lint lint()', total.lint));
  process.stdout.write(
    `\n  mlsd-lint : bare remark-parse = ${(total.lint.wall / total.bare.wall).toFixed(2)} (wall), ${(total.lint.cpu / total.bare.cpu).toFixed(2)} (cpu)\n` +
      `  mlsd-lint : its own parser    = ${(total.lint.wall / total.parser.wall).toFixed(2)} (wall), ${(total.lint.cpu / total.parser.cpu).toFixed(2)} (cpu)\n`,
  );
}

function main(): void {
  const { sizes, rounds, docs: count, parts, memDocs, memJobs } = args();
  const docs = realDocuments();
  process.stdout.write(`mlsd-lint bench: node ${process.version}, ${(globalThis as { gc?: unknown }).gc ? 'gc between runs' : 'no --expose-gc'}\n`);
  if (parts.includes('growth')) growth(docs.length > 0 ? docs.join('\n\n') : readFileSync(FIXTURE, 'utf8'), sizes);
  if (parts.includes('parser')) {
    if (docs.length === 0) process.stdout.write(`\n2. skipped: no real corpus at ${REAL}\n`);
    else againstParser(docs, rounds);
  }
  if (parts.includes('cli')) cliBench(count, Math.min(rounds, 3));
  if (parts.includes('memory')) memoryBench(memDocs, memJobs);
}

// the bench's own child (bench-cli.ts --bare-parse) is not a bench run
if (!process.argv.includes('--bare-parse')) main();
