/**
 * The shipped lexicons, imported as JSON (bundlers and Node alike: no file
 * system access, so the core also runs in the browser), validated and
 * compiled into one trie on first use.
 */
import phases from '../../lexicons/phases.json' with { type: 'json' };
import clarify from '../../lexicons/clarify.json' with { type: 'json' };
import data from '../../lexicons/data.json' with { type: 'json' };
import model from '../../lexicons/model.json' with { type: 'json' };
import production from '../../lexicons/production.json' with { type: 'json' };
import documentLexicon from '../../lexicons/document.json' with { type: 'json' };
import availability from '../../lexicons/availability.json' with { type: 'json' };
import { compileLexicons, type CompiledLexicon } from './lexicon.js';

export const LEXICON_FILES: ReadonlyArray<{ name: string; data: unknown }> = [
  { name: 'lexicons/phases.json', data: phases },
  { name: 'lexicons/clarify.json', data: clarify },
  { name: 'lexicons/data.json', data },
  { name: 'lexicons/model.json', data: model },
  { name: 'lexicons/production.json', data: production },
  { name: 'lexicons/document.json', data: documentLexicon },
  { name: 'lexicons/availability.json', data: availability },
];

let compiled: CompiledLexicon | undefined;

export function getLexicon(): CompiledLexicon {
  compiled ??= compileLexicons(LEXICON_FILES);
  return compiled;
}
