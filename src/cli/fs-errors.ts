/**
 * File-system errors as short reasons for one-line messages. The codes mean
 * the same wherever they occur; ENOENT and EISDIR read differently for a
 * document, a target and an output file, so callers word those themselves.
 */
const COMMON: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  ENAMETOOLONG: 'file name too long',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

export function describeFsError(error: unknown, wording: Readonly<Record<string, string>> = {}): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return wording[code] ?? COMMON[code] ?? (error as Error).message;
}
