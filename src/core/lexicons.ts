/**
 * The shipped lexicons, imported as JSON (bundlers and Node alike: no file
 * system access, so the core also runs in the browser), validated and
 * compiled into one trie on first use. ConceptId, the type of a concept
 * id, is derived from their keys.
 */
import phases from '../../lexicons/phases.json' with { type: 'json' };
import clarify from '../../lexicons/clarify.json' with { type: 'json' };
import data from '../../lexicons/data.json' with { type: 'json' };
import model from '../../lexicons/model.json' with { type: 'json' };
import production from '../../lexicons/production.json' with { type: 'json' };
import availability from '../../lexicons/availability.json' with { type: 'json' };
import { compileLexicons, type CompiledLexicon } from './lexicon.js';

/** The shipped lexicon files; `as const` keeps each file's concept ids as literal types (ConceptId). */
const SHIPPED_LEXICONS = [
  { name: 'lexicons/phases.json', data: phases },
  { name: 'lexicons/clarify.json', data: clarify },
  { name: 'lexicons/data.json', data },
  { name: 'lexicons/model.json', data: model },
  { name: 'lexicons/production.json', data: production },
  { name: 'lexicons/availability.json', data: availability },
] as const;

export const LEXICON_FILES: ReadonlyArray<{ name: string; data: unknown }> = SHIPPED_LEXICONS;

/** The concept ids of one lexicon file (distributes over a union of files). */
type ConceptsOf<F> = F extends { readonly data: { readonly concepts: infer C } } ? keyof C & string : never;

/**
 * Every concept id of the shipped lexicons, derived by the compiler from
 * the JSON keys (resolveJsonModule): a misspelt concept id in a rule's
 * query or its `meta.concepts` is a compile error, and a concept added to a
 * lexicon file is a valid id at once.
 */
export type ConceptId = ConceptsOf<(typeof SHIPPED_LEXICONS)[number]>;

let compiled: CompiledLexicon | undefined;

export function getLexicon(): CompiledLexicon {
  compiled ??= compileLexicons(LEXICON_FILES);
  return compiled;
}
