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

/** Compile (once) and run a schema; returns error lines, empty when valid. */
export function validateWith(schema: object, data: unknown): string[] {
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
