/**
 * Write schema/config.schema.json from the rule metadata.
 *   npm run schema              write the file
 *   npm run schema -- --check   exit 1 when it is missing or stale
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchemaText } from '../src/config/schema.js';

export const SCHEMA_FILE = 'schema/config.schema.json';

function main(): void {
  const path = join(process.cwd(), SCHEMA_FILE);
  const text = configSchemaText();
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (process.argv.includes('--check')) {
    if (current !== text) {
      process.stderr.write(`stale: ${SCHEMA_FILE} (run "npm run schema")\n`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(join(process.cwd(), 'schema'), { recursive: true });
  if (current !== text) writeFileSync(path, text);
  process.stdout.write(`${SCHEMA_FILE}: ${current === text ? 'up to date' : 'written'}\n`);
}

if (process.argv[1]?.endsWith('gen-schema.js')) main();
