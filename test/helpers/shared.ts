/**
 * The shared corpus (../shared next to the repository) is read at test time
 * and never copied in. Where it is absent (a plain clone), tests that need it
 * skip with a visible reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const DEV_CORPUS = `${SHARED}corpus/dev`;
export const SYNTHETIC_CORPUS = `${SHARED}corpus/synthetic`;
export const REAL_CORPUS = `${SHARED}corpus/real`;
export const hasDevCorpus = existsSync(`${DEV_CORPUS}/labels.json`);
export const hasRealCorpus = existsSync(REAL_CORPUS);
export const SKIP_REASON = 'skipped: ../shared/corpus is not next to this checkout';
