/**
 * Turn command-line paths into the documents to lint: files as given,
 * folders searched recursively for *.md / *.markdown, globs expanded with
 * tinyglobby, "-" for standard input. Problems (no such path, a glob that
 * matches nothing) are collected, never thrown, so the other inputs are
 * still linted. A path starting with "!" is a glob of documents to leave
 * out (markdownlint-cli2's negated globs), relative to the working folder.
 */
import { lstatSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch/posix.js';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './fs-errors.js';
import { walkMarkdown } from './walk.js';

export const STDIN = '-';

export interface TargetProblem {
  path: string;
  reason: string;
}

export interface Target {
  /** As shown in reports: as given, or relative to the folder or glob. */
  path: string;
  /** Absolute file to read ("-" for standard input). */
  file: string;
  /** Named on the command line itself (not found by a folder walk or a glob). */
  named: boolean;
}

export interface Targets {
  /** In the order given; folder and glob expansions sorted. */
  paths: Target[];
  problems: TargetProblem[];
  /** Links a folder walk did not follow or skipped (stderr, not an error). */
  notices: string[];
}

export interface TargetOptions {
  /** --follow-symlinks: folder walks follow links to folders (each real folder once). */
  followSymlinks?: boolean;
  /** false with --no-error-on-unmatched-pattern: a glob or folder that finds nothing is no problem. */
  errorOnUnmatched?: boolean;
}
const SKIP = ['**/node_modules/**', '**/.git/**'];

function describe(error: unknown): string {
  return describeFsError(error, { ENOENT: 'no such file or folder' });
}

export const BROKEN_LINK = 'broken symbolic link (its target does not exist)';

/** Is this "no such file" a symbolic link whose target is missing? */
export function isBrokenLink(path: string, error: unknown): boolean {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The path without trailing separators (a loop: /[\\/]+$/ is quadratic on a long run). */
function trimSeparators(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
  return path.slice(0, end);
}

export async function resolveTargets(inputs: readonly string[], cwd = process.cwd(), options: TargetOptions = {}): Promise<Targets> {
  const paths: Target[] = [];
  const seen = new Set<string>();
  const problems: TargetProblem[] = [];
  const notices: string[] = [];
  const negations = inputs.filter((i) => i.length > 1 && i.startsWith('!')).map((i) => i.slice(1).replace(/^\.\//, ''));
  const positives = inputs.filter((i) => !(i.length > 1 && i.startsWith('!')));
  // "!" globs match the path from the working folder, hidden files too (a user who names .drafts/** means it)
  const leftOut = negations.length > 0 ? picomatch(negations, { dot: true }) : () => false;
  const errorOnUnmatched = options.errorOnUnmatched ?? true;
  const add = (p: string, named = false): void => {
    const file = p === STDIN ? STDIN : resolve(cwd, p);
    // each real file once, however many paths (links, overlapping folders) reach it
    let key = file;
    try {
      if (file !== STDIN) {
        const s = statSync(file);
        if (s.ino !== 0) key = `${s.dev}:${s.ino}`;
      }
    } catch {
      // unreadable: reported when it is read
    }
    if (file !== STDIN) {
      const rel = relative(cwd, file).split(sep).join('/');
      if (leftOut(rel)) return;
    }
    if (!seen.has(key)) {
      seen.add(key);
      paths.push({ path: p, file, named });
    }
  };
  for (const input of positives.length > 0 ? positives : ['.']) {
    if (input === STDIN) {
      add(STDIN, true);
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, input));
    } catch (error) {
      if (isDynamicPattern(input)) {
        const matched = (
          await glob(input, { cwd, ignore: SKIP, dot: false, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })
        ).sort();
        if (matched.length === 0 && errorOnUnmatched) problems.push({ path: input, reason: 'no files match this pattern' });
        for (const m of matched) add(m);
      } else {
        problems.push({ path: input, reason: isBrokenLink(resolve(cwd, input), error) ? BROKEN_LINK : describe(error) });
      }
      continue;
    }
    if (stat.isDirectory()) {
      const base = trimSeparators(input) || '.';
      const walk = walkMarkdown(resolve(cwd, base), { followSymlinks: options.followSymlinks ?? false });
      const shown = (f: string): string => (base === '.' ? f : `${base}/${f}`);
      for (const f of walk.files) add(shown(f));
      notices.push(...walk.notices.map(shown));
      if (walk.files.length === 0 && positives.length > 0 && errorOnUnmatched) problems.push({ path: input, reason: 'no Markdown files (*.md, *.markdown) in this folder' });
    } else {
      // a file named explicitly is linted whatever its extension
      add(input, true);
    }
  }
  return { paths, problems, notices };
}
