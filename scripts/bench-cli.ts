/**
 * Part 3 of `npm run bench` (issue 13): whole processes, as a user or CI
 * runs them, against the tools a study repo already runs.
 *
 * a. Many documents: a folder of `--docs` documents built from
 *    ../shared/corpus (each copy made unique, so no cache or deduplication
 *    can share work between copies), linted by the built command with
 *    --jobs 1, --jobs 2 and a --cache re-run over the unchanged folder;
 *    against a bare remark-parse pass over the same files in one thread,
 *    markdownlint-cli2 and remark-cli with remark-preset-lint-recommended.
 * b. Cold start: one document, mlsd-lint against markdownlint-cli2 (and
 *    remark-cli).
 * c. Size sweep: one real document repeated 1x, 10x and 100x, linted (and
 *    bare-parsed) in a child after a warm-up on one copy, so time per MB is
 *    the lint's own (a small size is linted several times and averaged);
 *    peak memory is the child's.
 *
 * Every run is its own process; the rounds are interleaved (each round runs
 * every variant once) so a busy moment of a shared machine hits every
 * variant alike; medians are reported, with ratios. Peak memory and CPU time
 * of each child come from a preload module (--import) that records
 * process.resourceUsage().maxRSS and process.cpuUsage() when the child
 * exits: worker threads are in the same process, so both cover them.
 *
 * markdownlint-cli2 and remark-cli are dev dependencies of this bench only
 * (pinned: markdownlint-cli2 0.22.1 is the last release for Node 20); where
 * they are not installed their rows are skipped with a note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const BIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../src/shipped.js', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const FIXTURE = fileURLToPath(new URL('../../fixtures/podcast-recommendations.md', import.meta.url));
const MIB = 1024 * 1024;
const SWEEP = [1, 10, 100];
/** The sweep's document: the real corpus document nearest this size. */
const SWEEP_BASE_BYTES = 12 * 1024;

interface Run {
  wall: number;
  cpu: number;
  rssMib: number;
  status: number | null;
  /** What a sweep child reports of its own lint: CPU and wall ms. */
  inner?: { cpu: number; wall: number };
}

interface Variant {
  group: 'many' | 'cold' | 'sweep';
  name: string;
  args: string[];
  /** The sweep size factor and its bytes. */
  factor?: number;
  bytes?: number;
}

export function corpusDocuments(): string[] {
  const found: string[] = [];
  for (const folder of ['dev', 'synthetic', 'real']) {
    const dir = join(CORPUS, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && f !== 'SOURCES.md') found.push(readFileSync(join(dir, f), 'utf8'));
  }
  return found;
}

/** `count` unique documents: the corpus cycled, each copy stamped with its number in an HTML comment (ignored by the rules). */
export function buildFolder(dir: string, docs: string[], count: number): number {
  mkdirSync(join(dir, 'docs'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = `${docs[i % docs.length]}\n\n<!-- bench copy ${i} -->\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'docs', `doc-${String(i).padStart(4, '0')}.md`), text);
  }
  return bytes;
}

/** The sweep's one document: a real corpus document of about SWEEP_BASE_BYTES (the fixture without the corpus). */
function sweepDocument(): { name: string; text: string } {
  const real = join(CORPUS, 'real');
  if (!existsSync(real)) return { name: 'fixtures/podcast-recommendations.md', text: readFileSync(FIXTURE, 'utf8') };
  const files = readdirSync(real)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
    .map((f) => ({ f, size: statSync(join(real, f)).size }));
  files.sort((a, b) => Math.abs(a.size - SWEEP_BASE_BYTES) - Math.abs(b.size - SWEEP_BASE_BYTES) || a.f.localeCompare(b.f));
  const f = files[0]!.f;
  return { name: `real/${f}`, text: readFileSync(join(real, f), 'utf8') };
}

/** The preload that records a child's peak memory and CPU time when it exits. */
export function writePreload(dir: string): string {
  const file = join(dir, 'usage-preload.mjs');
  writeFileSync(
    file,
    `import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  const cpu = process.cpuUsage();
  appendFileSync(process.env.MLSD_BENCH_USAGE, JSON.stringify({ rss: process.resourceUsage().maxRSS, cpu: (cpu.user + cpu.system) / 1000 }) + '\\n');
});
`,
  );
  return file;
}

export function runChild(args: string[], cwd: string, preload: string, usageFile: string): Run {
  rmSync(usageFile, { force: true });
  const start = performance.now();
  // peers print a line per finding: their output is not read (a pipe could fill up)
  const res = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd,
    env: { ...process.env, CI: '1', NO_COLOR: '1', MLSD_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * MIB,
  });
  const wall = performance.now() - start;
  let cpu = NaN;
  let rssMib = NaN;
  try {
    const usage = JSON.parse(readFileSync(usageFile, 'utf8').trim().split('\n').pop()!) as { rss: number; cpu: number };
    cpu = usage.cpu;
    rssMib = usage.rss / 1024;
  } catch {
    // the child died before exiting normally
  }
  const run: Run = { wall, cpu, rssMib, status: res.status };
  const last = String(res.stdout ?? '').trim().split('\n').pop() ?? '';
  if (last.startsWith('{"inner"')) run.inner = (JSON.parse(last) as { inner: { cpu: number; wall: number } }).inner;
  if (res.status === null || res.status > 1) process.stderr.write(`  (${args.slice(0, 2).join(' ')}: exit ${res.status ?? res.signal})\n`);
  return run;
}

const median = (xs: number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Child mode: parse every file of a folder with bare remark-parse in one thread. */
async function bareParse(folder: string): Promise<void> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse).freeze();
  for (const f of readdirSync(folder).sort()) parser.parse(readFileSync(join(folder, f), 'utf8'));
}

/** Child mode of the sweep: warm up on one copy of the document, then time the lint (or bare parse) of the file; print it as JSON. */
async function sweepChild(kind: string, file: string, factor: number): Promise<void> {
  const text = readFileSync(file, 'utf8');
  let work: (t: string) => void;
  if (kind === 'mlsd') {
    const { lint } = (await import(SHIPPED)) as typeof import('../src/shipped.js');
    work = (t) => void lint(t, { path: 'sweep.md' });
  } else {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const parser = unified().use(remarkParse).freeze();
    work = (t) => void parser.parse(t);
  }
  // JIT and lexicon are not charged to the document: the first copy, three times
  const copy = text.slice(0, text.length / factor);
  for (let k = 0; k < 3; k++) work(copy);
  // a small document is linted several times (one lint of 12 KB is too short to time alone)
  const times = Math.max(1, Math.min(40, Math.ceil((512 * 1024) / text.length)));
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let k = 0; k < times; k++) work(text);
  const wall = (performance.now() - start) / times;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ inner: { cpu: (used.user + used.system) / 1000 / times, wall } })}\n`);
}

/** Where an installed package's file is, or null (looked up the way Node looks for packages; their exports do not matter). */
function installed(pkg: string, file: string): string | null {
  const paths = createRequire(import.meta.url).resolve.paths(pkg) ?? [];
  for (const modules of paths) {
    const path = join(modules, pkg, file);
    if (existsSync(path)) return path;
  }
  return null;
}

const s2 = (ms: number): string => (Number.isNaN(ms) ? '-' : (ms / 1000).toFixed(2));
const r2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '-');
const pad = (s: string, n: number): string => s.padStart(n);

export function cliBench(count: number, rounds: number): void {
  const docs = corpusDocuments();
  if (docs.length === 0) {
    process.stdout.write(`\n3. whole command: skipped, no corpus at ${CORPUS}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-bench-'));
  const bytes = buildFolder(dir, docs, count);
  const preload = writePreload(dir);
  const usage = join(dir, 'usage.jsonl');
  const out = join(dir, 'report.json');
  const cacheFile = join(dir, 'bench.mlsd-lintcache');
  const markdownlint = installed('markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const remark = installed('remark-cli', 'cli.js');
  const preset = installed('remark-preset-lint-recommended', 'index.js');
  const remarkArgs = (target: string): string[] => [remark!, target, '--use', preset!, '--quiet', '--no-color'];
  const sweep = sweepDocument();
  const sweepFiles = SWEEP.map((factor) => {
    const file = join(dir, `sweep-${factor}x.md`);
    writeFileSync(file, Array.from({ length: factor }, () => `${sweep.text}\n\n`).join(''));
    return { factor, file, bytes: statSync(file).size };
  });

  const variants: Variant[] = [
    { group: 'many', name: 'bare remark-parse, one thread', args: [SELF, '--bare-parse', join(dir, 'docs')] },
    { group: 'many', name: 'mlsd-lint --jobs 1', args: [BIN, 'docs', '-f', 'json', '-o', out, '--jobs', '1'] },
    { group: 'many', name: 'mlsd-lint --jobs 2', args: [BIN, 'docs', '-f', 'json', '-o', out, '--jobs', '2'] },
    { group: 'many', name: 'mlsd-lint --cache, unchanged re-run', args: [BIN, 'docs', '-f', 'json', '-o', out, '--cache', '--cache-location', cacheFile] },
  ];
  if (markdownlint) variants.push({ group: 'many', name: 'markdownlint-cli2', args: [markdownlint, 'docs/**/*.md'] });
  if (remark && preset) variants.push({ group: 'many', name: 'remark-cli + lint-recommended', args: remarkArgs('docs') });
  variants.push({ group: 'cold', name: 'mlsd-lint', args: [BIN, FIXTURE, '-f', 'json', '-o', out] });
  if (markdownlint) variants.push({ group: 'cold', name: 'markdownlint-cli2', args: [markdownlint, FIXTURE] });
  if (remark && preset) variants.push({ group: 'cold', name: 'remark-cli + lint-recommended', args: remarkArgs(FIXTURE) });
  for (const { factor, file, bytes: b } of sweepFiles) {
    variants.push({ group: 'sweep', name: `bare ${factor}x`, args: [SELF, '--sweep-child', 'bare', file, String(factor)], factor, bytes: b });
    variants.push({ group: 'sweep', name: `mlsd ${factor}x`, args: [SELF, '--sweep-child', 'mlsd', file, String(factor)], factor, bytes: b });
  }

  const missing = [markdownlint ? '' : 'markdownlint-cli2', remark && preset ? '' : 'remark-cli / remark-preset-lint-recommended'].filter(Boolean);
  process.stdout.write(
    `\n3. whole command: ${rounds} interleaved rounds (each runs every row once), medians; peak memory is the process's maxRSS\n` +
      (missing.length > 0 ? `   (not installed, skipped: ${missing.join(', ')}; \`npm ci\` installs them)\n` : ''),
  );
  // the cache is filled once before the rounds: each round measures a re-run over unchanged documents
  runChild(variants[3]!.args, dir, preload, usage);
  const runs = variants.map(() => [] as Run[]);
  let same = true;
  for (let r = 0; r < rounds; r++) {
    variants.forEach((v, i) => {
      runs[i]!.push(runChild(v.args, dir, preload, usage));
      // --jobs 1 and --jobs 2 must give the same bytes
      if (i === 1) writeFileSync(`${out}.jobs1`, readFileSync(out));
      if (i === 2) same &&= readFileSync(out).equals(readFileSync(`${out}.jobs1`));
    });
    process.stderr.write(`  round ${r + 1} of ${rounds} done\n`);
  }
  const rows = variants.map((v, i) => ({
    ...v,
    wall: median(runs[i]!.map((x) => x.wall)),
    cpu: median(runs[i]!.map((x) => x.cpu)),
    rss: median(runs[i]!.map((x) => x.rssMib)),
    innerCpu: median(runs[i]!.map((x) => x.inner?.cpu ?? NaN)),
    innerWall: median(runs[i]!.map((x) => x.inner?.wall ?? NaN)),
  }));
  const find = (group: string, name: string) => rows.find((r) => r.group === group && r.name === name);

  // a. many documents
  const bare = find('many', 'bare remark-parse, one thread')!;
  const mdl = find('many', 'markdownlint-cli2');
  process.stdout.write(
    `\n3a. ${count} documents (${(bytes / MIB).toFixed(1)} MiB, unique copies of ${docs.length} corpus documents)\n\n` +
      `  run                                      wall s    cpu s   peak MiB   wall : bare   cpu : bare   wall : markdownlint-cli2\n`,
  );
  for (const row of rows.filter((r) => r.group === 'many')) {
    process.stdout.write(
      `  ${row.name.padEnd(38)} ${pad(s2(row.wall), 8)} ${pad(s2(row.cpu), 8)} ${pad(row.rss.toFixed(0), 10)} ${pad(r2(row.wall / bare.wall), 13)} ${pad(r2(row.cpu / bare.cpu), 12)} ${pad(mdl ? r2(row.wall / mdl.wall) : '-', 26)}\n`,
    );
  }
  const j1 = find('many', 'mlsd-lint --jobs 1')!;
  const j2 = find('many', 'mlsd-lint --jobs 2')!;
  const cache = find('many', 'mlsd-lint --cache, unchanged re-run')!;
  process.stdout.write(
    `\n  --jobs 2 : --jobs 1 = ${r2(j2.wall / j1.wall)} (wall); --jobs 2 output byte-identical to --jobs 1: ${same ? 'yes' : 'NO'}; ` +
      `cache file: ${(statSync(cacheFile).size / MIB).toFixed(1)} MiB\n`,
  );

  // b. cold start
  const cold = rows.filter((r) => r.group === 'cold');
  const coldMdl = find('cold', 'markdownlint-cli2');
  process.stdout.write(`\n3b. cold start, one document (fixtures/podcast-recommendations.md)\n\n  run                                      wall s    cpu s   peak MiB   wall : markdownlint-cli2\n`);
  for (const row of cold) {
    process.stdout.write(`  ${row.name.padEnd(38)} ${pad(s2(row.wall), 8)} ${pad(s2(row.cpu), 8)} ${pad(row.rss.toFixed(0), 10)} ${pad(coldMdl ? r2(row.wall / coldMdl.wall) : '-', 26)}\n`);
  }

  // c. size sweep
  process.stdout.write(
    `\n3c. size sweep: ${sweep.name} repeated; one lint (or parse) in a child after a warm-up; ms per MB of CPU\n\n` +
      `  size     MiB   mlsd cpu ms   mlsd ms/MB   bare ms/MB   mlsd : bare   mlsd peak MiB   bare peak MiB\n`,
  );
  const perMb: number[] = [];
  for (const { factor, bytes: b } of sweepFiles) {
    const m = find('sweep', `mlsd ${factor}x`)!;
    const p = find('sweep', `bare ${factor}x`)!;
    const mb = b / MIB;
    perMb.push(m.innerCpu / mb);
    process.stdout.write(
      `  ${pad(`${factor}x`, 4)} ${pad(mb.toFixed(2), 7)} ${pad(m.innerCpu.toFixed(0), 13)} ${pad((m.innerCpu / mb).toFixed(0), 12)} ${pad((p.innerCpu / mb).toFixed(0), 12)} ${pad(r2(m.innerCpu / p.innerCpu), 13)} ${pad(m.rss.toFixed(0), 15)} ${pad(p.rss.toFixed(0), 15)}\n`,
    );
  }
  const spread = Math.max(...perMb) / Math.min(...perMb);

  // the bar of issue 13
  const yes = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  process.stdout.write(
    `\n  bar (issue 13):\n` +
      `  - whole CLI (--jobs 2) at most 1.5x the bare parse: wall ${r2(j2.wall / bare.wall)}, cpu ${r2(j2.cpu / bare.cpu)}: ${yes(j2.wall <= 1.5 * bare.wall)}\n` +
      (mdl ? `  - no slower than markdownlint-cli2: wall ${r2(j2.wall / mdl.wall)}: ${yes(j2.wall <= mdl.wall)}\n` : '') +
      (coldMdl ? `  - cold start no slower than markdownlint-cli2: ${r2(cold[0]!.wall / coldMdl.wall)}: ${yes(cold[0]!.wall <= coldMdl.wall)}\n` : '') +
      `  - time per MB within 25% from 1x to 100x: max : min = ${r2(spread)}: ${yes(spread <= 1.25)}\n` +
      (mdl ? `  - --cache re-run at most 0.2x markdownlint-cli2: ${r2(cache.wall / mdl.wall)}: ${yes(cache.wall <= 0.2 * mdl.wall)}\n` : '') +
      `  - --jobs 2 byte-identical to --jobs 1: ${same ? 'yes' : 'NO'}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--bare-parse') await bareParse(process.argv[3]!);
if (process.argv[2] === '--sweep-child') await sweepChild(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
