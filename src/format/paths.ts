/**
 * POSIX-style path arithmetic for report links, without `node:path` (the
 * formats run in the browser too). Backslashes count as separators, so a
 * Windows path gives a usable relative link.
 */

function parts(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
}

function normalize(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else out.push(s);
    } else out.push(s);
  }
  return out;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/** `path` resolved against the absolute folder `base`, as segments (a drive letter stays the first segment). */
function absolute(base: string, path: string): string[] {
  return normalize(isAbsolute(path) ? parts(path) : [...parts(base), ...parts(path)]);
}

/** The relative path from the absolute folder `from` to `path` (relative to the absolute folder `cwd`). */
export function relativeTo(from: string, cwd: string, path: string): string[] {
  const target = absolute(cwd, path);
  const start = absolute(from, '.');
  let common = 0;
  while (common < start.length && common < target.length && start[common] === target[common]) common++;
  return [...start.slice(common).map(() => '..'), ...target.slice(common)];
}
