/**
 * The JSON Schema of a configuration file, generated from the rule
 * metadata (the one source of truth): rule ids, descriptions, default
 * severities and options schemas come from `rules/`. `npm run schema`
 * writes it to schema/config.schema.json for editors (`"$schema"`); the
 * validator compiles the same object. Pure: no `node:` imports.
 */
import type { Rule } from '../core/rule.js';
import { rules as allRules } from '../../rules/index.js';

export const CONFIG_SCHEMA_ID = 'https://mlsd-lint.dev/schema/config.schema.json';
export const SEVERITIES = ['off', 'warn', 'error'] as const;
/** ESLint's numeric severities, accepted in configuration files and --rule (0 off, 1 warn, 2 error). */
export const NUMERIC_SEVERITIES = [0, 1, 2] as const;

export interface SchemaOptions {
  /** Accept 0, 1 and 2 for severities (configuration files: yes; lint()'s rules option: no). Default true. */
  numericSeverities?: boolean;
}
export const PRESETS = ['recommended', 'strict'] as const;
/** A built-in preset or a relative path ("./base.json", "../shared/.mlsd-lint.yaml"). */
export const EXTENDS_PATTERN = '^(recommended|strict|\\.{1,2}/.+)$';

function ruleSchema(rule: Rule, numeric: boolean): Record<string, unknown> {
  const m = rule.meta;
  const description = `${m.description} Phase ${m.phase}, default "${m.severity}". ${m.url}`;
  const severities = numeric ? [...SEVERITIES, ...NUMERIC_SEVERITIES] : [...SEVERITIES];
  if (!m.optionsSchema) return { description, enum: severities };
  return {
    description,
    type: numeric ? ['string', 'integer', 'array'] : ['string', 'array'],
    if: { type: numeric ? ['string', 'integer'] : 'string' },
    then: { enum: severities },
    else: { items: [{ enum: severities }, m.optionsSchema], minItems: 1, maxItems: 2, additionalItems: false },
  };
}

export function buildConfigSchema(rules: readonly Rule[] = allRules, options: SchemaOptions = {}): Record<string, unknown> {
  const numeric = options.numericSeverities ?? true;
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) ruleProperties[rule.meta.id] = ruleSchema(rule, numeric);
  const globs = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'mlsd-lint configuration',
    description:
      'Configuration of mlsd-lint (.mlsd-lint.json, .mlsd-lint.jsonc, .mlsd-lint.yaml or the "mlsd-lint" key of package.json). Generated from the rule metadata by "npm run schema".',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file, for editors.' },
      rubric: { type: 'string', minLength: 1, description: 'The rubric used to grade documents (a built-in rubric name or a path).' },
      extends: {
        description: 'Built-in presets ("recommended": each rule at its default severity; "strict": every rule an error) or relative paths of other configuration files, applied in order before this file.',
        type: ['string', 'array'],
        pattern: EXTENDS_PATTERN,
        items: { type: 'string', pattern: EXTENDS_PATTERN },
      },
      rules: { $ref: '#/definitions/rules' },
      ignores: { ...globs, description: 'Globs of documents not to lint, relative to the folder of this file (a glob without "/" matches a file name at any depth).' },
      overrides: {
        description: 'Rule settings for the documents matching globs, applied in order after "rules".',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: {
              description: 'Globs relative to the folder of this file (a glob without "/" matches a file name at any depth).',
              type: ['string', 'array'],
              minLength: 1,
              minItems: 1,
              items: { type: 'string', minLength: 1 },
            },
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
      noInlineConfig: { type: 'boolean', description: 'Ignore <!-- mlsd-lint disable|enable|ignore --> comments in documents (for grading).' },
      inlineConfig: { type: 'boolean', description: 'false: ignore <!-- mlsd-lint ... --> comments in documents, so a course grades what the document says (the same as "noInlineConfig": true).' },
    },
    definitions: {
      rules: {
        description: numeric
          ? 'Severity per rule: "off", "warn" or "error", or ESLint\'s 0, 1 or 2 (or [severity, options] for a rule with options).'
          : 'Severity per rule: "off", "warn" or "error" (or [severity, options] for a rule with options).',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
      },
    },
  };
}

/** The schema file's text, as written to schema/config.schema.json. */
export function configSchemaText(rules: readonly Rule[] = allRules): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
