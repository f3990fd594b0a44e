/**
 * The shipped lexicons and rubrics are not validated at run time (start-up,
 * issue 13): this test is where they are, against their schemas, on copies
 * (the originals are marked as validated).
 */
import { describe, expect, it } from 'vitest';
import '../src/shipped.js';
import { LEXICON_FILES } from '../src/core/lexicons.js';
import { RUBRIC_FILES, validateRubric } from '../src/core/rubric.js';
import { validateLexicon } from '../src/core/schemas.js';

describe('shipped data satisfies its schema', () => {
  for (const { name, data } of LEXICON_FILES) {
    it(`lexicon ${name}`, () => expect(validateLexicon(structuredClone(data))).toEqual([]));
  }
  for (const { name, data } of RUBRIC_FILES) {
    it(`rubric ${name}`, () => expect(validateRubric(structuredClone(data))).toEqual([]));
  }
  it('a copy is still validated (only the shipped objects are trusted)', () => {
    const broken = structuredClone(LEXICON_FILES[0]!.data) as Record<string, unknown>;
    broken.group = 42;
    expect(validateLexicon(broken)).not.toEqual([]);
  });
});
