/**
 * The Markdown files in a folder, for a checkout an attacker may have
 * shaped: symbolic links to `/usr` or to `..` are committed as easily as
 * documents. So by default a walk never follows a link to a folder (it
 * says so, once per link), and a link to a file is linted only when its
 * real path is inside the walked folder (otherwise it is skipped with a
 * notice). With `followSymlinks`, links to folders are followed anywhere,
 * each real folder entered once (device and inode), so a loop ends.
 *
 * Like the globs it replaces: `*.md` and `*.markdown` regular files,
 * hidden files and folders, `node_modules` and `.git` skipped, folders that
 * cannot be read skipped, paths relative to the folder with "/" and sorted.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface WalkOptions {
  /** Follow links to folders (loop-safe); by default they are not followed. */
  followSymlinks?: boolean;
}

export interface Walk {
  /** Relative paths ("/" separators), sorted. */
  files: string[];
  /** One line per link not followed or skipped: "<relative path>: <why>". */
  notices: string[];
}

const SKIP_FOLDERS = new Set(['node_modules', '.git']);
const isMarkdown = (name: string): boolean => name.endsWith('.md') || name.endsWith('.markdown');
const identity = (s: Stats): string => `${s.dev}:${s.ino}`;

function insideFolder(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith('/');
}

export function walkMarkdown(root: string, options: WalkOptions = {}): Walk {
  const files: string[] = [];
  const notices: string[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { files, notices };
  }
  const entered = new Set<string>();
  try {
    entered.add(identity(statSync(realRoot)));
  } catch {
    return { files, notices };
  }
  // iterative: a deep tree cannot exhaust the call stack
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skipped, as the glob walk did
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = join(root, path);
      let link = entry.isSymbolicLink();
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (!link && !isDir && !isFile) {
        // a file system without d_type, or a FIFO, socket or device (skipped below)
        try {
          const s = lstatSync(full);
          link = s.isSymbolicLink();
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue;
        }
      }
      if (link) {
        let target: Stats;
        try {
          target = statSync(full);
        } catch {
          continue; // a broken link in a folder is skipped (named on the command line it is reported)
        }
        if (target.isDirectory()) {
          if (SKIP_FOLDERS.has(entry.name)) continue;
          if (!options.followSymlinks) {
            notices.push(`${path}: a symbolic link to a folder, not followed (--follow-symlinks follows it)`);
            continue;
          }
          if (entered.has(identity(target))) continue; // a loop, or a folder reached twice
          entered.add(identity(target));
          stack.push(path);
        } else if (target.isFile() && isMarkdown(entry.name)) {
          if (!options.followSymlinks) {
            let real: string;
            try {
              real = realpathSync(full);
            } catch {
              continue;
            }
            if (!insideFolder(real, realRoot)) {
              notices.push(`${path}: a symbolic link to a file outside the folder, not linted`);
              continue;
            }
          }
          files.push(path);
        }
        continue;
      }
      if (isDir) {
        if (SKIP_FOLDERS.has(entry.name)) continue;
        if (options.followSymlinks) {
          // with links followed, a real folder may also be reached through one: enter it once
          try {
            const id = identity(statSync(full));
            if (entered.has(id)) continue;
            entered.add(id);
          } catch {
            continue;
          }
        }
        stack.push(path);
      } else if (isFile && isMarkdown(entry.name)) {
        files.push(path);
      }
    }
  }
  files.sort();
  notices.sort();
  return { files, notices };
}
