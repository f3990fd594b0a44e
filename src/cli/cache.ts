/**
 * --cache: the results of a document are reused while nothing they depend
 * on has changed (ESLint's --cache, keyed on content rather than mtime).
 *
 * One cache file (default `.mlsd-lintcache` in the working folder) holds,
 * per document, a key and the document's report. The key hashes what the
 * report depends on: the document's content, the path shown in reports,
 * the resolved rule settings, inline-config, and the rubric. The whole file
 * is stamped with the tool version and a fingerprint of the code and data
 * that judge documents (rules, core, lexicons, rubrics): when either
 * differs, every entry is dropped. A cache file that cannot be read or
 * parsed, or that has the wrong shape, is ignored with a warning, never
 * trusted. The new cache file is written as the run goes (each entry once
 * it is made or reused, then forgotten) to a temporary file moved into place
 * at the end of the run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readSmallFileSync } from './bounded-read.js';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileOutcome } from './linter.js';
import { describeFsError } from './fs-errors.js';
import { openFileAtomic, type ReportSink } from './output.js';

export const DEFAULT_CACHE_FILE = '.mlsd-lintcache';
/** Bump when the layout of the cache file changes. */
const FORMAT = 1;
/** Cache files larger than this are not read (a cache of 10,000 documents is a few tens of MB). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

interface CacheEntry {
  key: string;
  report: FileOutcome;
}

interface CacheData {
  format: number;
  fingerprint: string;
  entries: Record<string, CacheEntry>;
}

/** What a document's key is computed from. */
export interface CacheKeyParts {
  text: string;
  path: string;
  rules: unknown;
  inlineConfig: boolean;
  rubric: unknown;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function cacheKey(parts: CacheKeyParts): string {
  return sha256(JSON.stringify([sha256(parts.text), parts.path, parts.rules, parts.inlineConfig, parts.rubric]));
}

/** The folders whose files decide results, relative to the package root (the same in the sources and in dist/). */
const JUDGING = ['rules', 'src/core', 'src/shipped.js', 'src/shipped.ts', 'lexicons', 'rubrics'];

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, `${path}/${name}`);
  } else if (/\.(js|ts|json)$/.test(path) && !path.endsWith('.d.ts')) {
    hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
  }
}

/**
 * A hash of the tool version and of every rule, core module, lexicon and
 * rubric file under `root`: a changed rule or lexicon gives another
 * fingerprint, so cached results made by other code are never reused.
 */
export function codeFingerprint(version: string, root: string = packageRoot()): string {
  const hash = createHash('sha256').update(`mlsd-lint ${version}\0`);
  for (const path of JUDGING) hashTree(hash, root, path);
  return hash.digest('hex');
}

/** The folder holding rules/ and src/ for this module: dist/ when compiled, the repository in the sources. */
function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** Where the cache file is: the location itself, or `.mlsd-lintcache` inside it when it is a folder (or ends with a separator). */
export function cacheFile(location: string, cwd: string): string {
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_FILE);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return path;
}

function isEntry(value: unknown): value is CacheEntry {
  if (value === null || typeof value !== 'object') return false;
  const { key, report } = value as Partial<CacheEntry>;
  if (typeof key !== 'string' || report === null || typeof report !== 'object') return false;
  return typeof report.path === 'string' && Array.isArray(report.results) && report.score !== null && typeof report.score === 'object';
}

/** Parse a cache file's text; a string says why it cannot be used. */
function parseCache(text: string, fingerprint: string): Map<string, CacheEntry> | 'stale' | string {
  let data: Partial<CacheData>;
  try {
    data = JSON.parse(text) as Partial<CacheData>;
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (data === null || typeof data !== 'object' || data.format === undefined) return 'not an mlsd-lint cache file';
  if (data.format !== FORMAT || data.fingerprint !== fingerprint) return 'stale';
  if (data.entries === null || typeof data.entries !== 'object' || Array.isArray(data.entries)) return 'its entries are malformed';
  const entries = new Map<string, CacheEntry>();
  for (const [file, entry] of Object.entries(data.entries)) {
    if (!isEntry(entry)) return `the entry for ${file} is malformed`;
    entries.set(file, entry);
  }
  return entries;
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly visited = new Set<string>();
  /** The documents whose entry is in the new cache file already. */
  private readonly written = new Set<string>();
  private sink: ReportSink | undefined;
  /** Why the new cache file cannot be written (warned at save). */
  private failed: unknown;
  /** False when the location is not a regular file: it is never written. */
  private writable = true;
  /** Warnings for standard error (unreadable or corrupt cache, failed write). */
  readonly warnings: string[] = [];
  hits = 0;
  misses = 0;

  constructor(
    private readonly file: string,
    private readonly fingerprint: string,
    private readonly shown: string,
  ) {
    this.entries = this.load();
  }

  private load(): Map<string, CacheEntry> {
    // opened once and judged by fstat (src/cli/bounded-read.ts): a named pipe never blocks, a huge file costs at most the bound
    const read = readSmallFileSync(this.file, (error) => describeFsError(error), MAX_CACHE_BYTES);
    if (!read.ok) {
      if (read.code === 'ENOENT') return new Map();
      // what is there is not ours to replace: a folder, a pipe, a device
      if (read.code === 'ENOTREG') this.writable = false;
      this.warnings.push(`cannot use the cache ${this.shown} (${read.reason}): ignored, every document is linted`);
      return new Map();
    }
    const text = read.text;
    const parsed = parseCache(text, this.fingerprint);
    if (parsed === 'stale') return new Map(); // another version or other rules: start afresh, silently
    if (typeof parsed === 'string') {
      this.warnings.push(`cache ${this.shown} is corrupt (${parsed}): ignored, every document is linted`);
      return new Map();
    }
    return parsed;
  }

  /** The cached report of a document (absolute path) whose key matches. */
  get(file: string, key: string): FileOutcome | undefined {
    this.visited.add(file);
    const entry = this.entries.get(file);
    if (entry && entry.key === key) {
      this.hits++;
      // written to the new cache file now and forgotten: the run keeps no report (issue 13)
      this.write(file, entry);
      return entry.report;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, key: string, report: FileOutcome): void {
    this.visited.add(file);
    this.write(file, { key, report });
  }

  /**
   * Entries go to the new cache file (its temporary, src/cli/output.ts) as
   * they are made or reused, so none stays in memory until the end; the
   * text is what JSON.stringify of the whole cache gives, entries in the
   * order the run met them.
   */
  private write(file: string, entry: CacheEntry): void {
    this.entries.delete(file);
    if (!this.writable || this.written.has(file) || this.failed !== undefined) return;
    try {
      this.sink ??= this.open();
      this.sink.write(`${this.written.size > 0 ? ',' : ''}${JSON.stringify(file)}:${JSON.stringify(entry)}`);
      this.written.add(file);
    } catch (error) {
      this.failed = error;
      this.sink?.abort();
    }
  }

  /** The run stopped on an error: the cache file stays as it was. */
  discard(): void {
    this.sink?.abort();
    this.failed ??= new Error('the run stopped');
  }

  /** The new cache file's temporary, its text up to the first entry. */
  private open(): ReportSink {
    const sink = openFileAtomic(this.file);
    try {
      sink.write(`{"format":${FORMAT},"fingerprint":${JSON.stringify(this.fingerprint)},"entries":{`);
    } catch (error) {
      sink.abort();
      throw error;
    }
    return sink;
  }

  /** Finish the cache file atomically; entries of documents not linted this run are kept while they exist. */
  save(): void {
    if (!this.writable) return;
    for (const [file, entry] of [...this.entries]) {
      if (this.visited.has(file) || existsSync(file)) this.write(file, entry);
    }
    try {
      if (this.failed !== undefined) throw this.failed;
      this.sink ??= this.open();
      this.sink.write('}}');
      this.sink!.commit();
    } catch (error) {
      this.sink?.abort();
      this.warnings.push(`cannot write the cache ${this.shown} (${describeFsError(error)})`);
    }
  }
}

/** The cache of a run: file from --cache-location, shown relative to the working folder. */
export function openCache(location: string, cwd: string, fingerprint: string): LintCache {
  const file = cacheFile(location, cwd);
  return new LintCache(file, fingerprint, relative(cwd, file) || file);
}
