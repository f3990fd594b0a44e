/**
 * Part 3 of `npm run bench` (issue 13): whole processes, as a user or CI
 * runs them. A folder of documents built from ../shared/corpus (each copy
 * made unique, so no cache or deduplication can share work between copies)
 * is linted by the built command with --jobs 1, --jobs 2, and re-run with
 * --cache over the unchanged folder; a bare remark-parse pass over the same
 * files in one thread is the reference; and one document's cold start.
 * Runs are interleaved round by round so a busy moment of a shared machine
 * hits every variant alike; medians are reported.
 *
 * Peak memory and CPU time of each child come from a preload module
 * (--import) that records process.resourceUsage().maxRSS and
 * process.cpuUsage() when the child exits: worker threads are in the same
 * process, so both cover them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const BIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const FIXTURE = fileURLToPath(new URL('../../fixtures/podcast-recommendations.md', import.meta.url));
const MIB = 1024 * 1024;

interface Run {
  wall: number;
  cpu: number;
  rssMib: number;
  status: number | null;
}

function corpusDocuments(): string[] {
  const found: string[] = [];
  for (const folder of ['dev', 'synthetic', 'real']) {
    const dir = join(CORPUS, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && f !== 'SOURCES.md') found.push(readFileSync(join(dir, f), 'utf8'));
  }
  return found;
}

/** `count` unique documents: the corpus cycled, each copy stamped with its number in an HTML comment (ignored by the rules). */
function buildFolder(docs: string[], count: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-lint-bench-'));
  mkdirSync(join(dir, 'docs'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = `${docs[i % docs.length]}\n\n<!-- bench copy ${i} -->\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'docs', `doc-${String(i).padStart(4, '0')}.md`), text);
  }
  return { dir, bytes };
}

/** The preload that records a child's peak memory and CPU time when it exits. */
function writePreload(dir: string): string {
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

function runChild(args: string[], cwd: string, preload: string, usageFile: string): Run {
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const res = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd,
    env: { ...process.env, CI: '1', MLSD_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
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
  if (res.status !== 0 && res.status !== 1) process.stderr.write(`  (exit ${res.status}: ${String(res.stderr).slice(0, 300)})\n`);
  return { wall, cpu, rssMib, status: res.status };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
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

export function cliBench(count: number, rounds: number): void {
  const docs = corpusDocuments();
  if (docs.length === 0) {
    process.stdout.write(`\n3. whole command: skipped, no corpus at ${CORPUS}\n`);
    return;
  }
  const { dir, bytes } = buildFolder(docs, count);
  const preload = writePreload(dir);
  const usage = join(dir, 'usage.jsonl');
  const out = join(dir, 'report.json');
  const cacheFile = join(dir, 'bench.mlsd-lintcache');
  const variants: Array<{ name: string; args: string[]; before?: () => void }> = [
    { name: 'bare remark-parse, one thread', args: [SELF, '--bare-parse', join(dir, 'docs')] },
    { name: 'mlsd-lint --jobs 1', args: [BIN, 'docs', '-f', 'json', '-o', out, '--jobs', '1'] },
    { name: 'mlsd-lint --jobs 2', args: [BIN, 'docs', '-f', 'json', '-o', out, '--jobs', '2'] },
    { name: 'mlsd-lint --cache, unchanged re-run', args: [BIN, 'docs', '-f', 'json', '-o', out, '--cache', '--cache-location', cacheFile] },
    { name: 'cold start, one document', args: [BIN, FIXTURE, '-f', 'json', '-o', out] },
  ];
  process.stdout.write(
    `\n3. whole command: ${count} documents (${(bytes / MIB).toFixed(1)} MiB, unique copies of ${docs.length} corpus documents), ${rounds} interleaved rounds, medians\n\n`,
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
  }
  const rows = variants.map((v, i) => ({
    name: v.name,
    wall: median(runs[i]!.map((x) => x.wall)),
    cpu: median(runs[i]!.map((x) => x.cpu)),
    rss: median(runs[i]!.map((x) => x.rssMib)),
  }));
  const bare = rows[0]!;
  process.stdout.write('  run                                      wall s    cpu s   peak MiB   wall : bare\n');
  for (const row of rows) {
    process.stdout.write(
      `  ${row.name.padEnd(38)} ${(row.wall / 1000).toFixed(2).padStart(8)} ${(row.cpu / 1000).toFixed(2).padStart(8)} ${row.rss.toFixed(0).padStart(10)} ${(row.wall / bare.wall).toFixed(2).padStart(12)}\n`,
    );
  }
  const j1 = rows[1]!;
  const j2 = rows[2]!;
  const cache = rows[3]!;
  process.stdout.write(
    `\n  --jobs 2 : --jobs 1 = ${(j2.wall / j1.wall).toFixed(2)} (wall); --cache re-run : --jobs 2 = ${(cache.wall / j2.wall).toFixed(2)}; ` +
      `--jobs 2 output byte-identical to --jobs 1: ${same ? 'yes' : 'NO'}\n` +
      `  cache file: ${(statSync(cacheFile).size / MIB).toFixed(1)} MiB\n`,
  );
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--bare-parse') await bareParse(process.argv[3]!);
