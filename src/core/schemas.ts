/**
 * JSON Schema validation of the project's data files (lexicons, and later
 * rubrics and configuration), with ajv. Errors come back as one line each:
 * the JSON pointer of the bad value and what was expected.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import lexiconSchema from '../../lexicons/lexicon.schema.json' with { type: 'json' };

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, unicodeRegExp: true });

/** Format ajv errors as "<pointer>: <message>" lines. */
export function formatSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const pointer = e.instancePath === '' ? '/' : e.instancePath;
    let detail = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      detail = `unknown property "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
    } else if (e.keyword === 'enum') {
      detail = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return `${pointer}: ${detail}`;
  });
}

const cache = new WeakMap<object, ValidateFunction>();

/**
 * Data objects known to satisfy their schema: the shipped lexicons and
 * rubrics, which the tests validate (test/schemas-trusted.test.ts). They are
 * not validated again at run time, so a run that reads no user rubric or
 * lexicon compiles no schema for them (about 100-300 ms of start-up).
 */
const validated = new WeakSet<object>();

export function markValidated(data: unknown): void {
  if (data !== null && typeof data === 'object') validated.add(data);
}

/** Compile (once) and run a schema; returns error lines, empty when valid. */
export function validateWith(schema: object, data: unknown): string[] {
  if (data !== null && typeof data === 'object' && validated.has(data)) return [];
  let validate = cache.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate(data) ? [] : formatSchemaErrors(validate.errors);
}

export function validateLexicon(data: unknown): string[] {
  return validateWith(lexiconSchema, data);
}
