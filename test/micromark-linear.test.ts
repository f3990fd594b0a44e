/**
 * src/core/micromark-linear.ts replaces micromark's EditMap.consume() with
 * one that applies the edits from the first one on (linear instead of
 * quadratic in the number of containers). It must be the function micromark
 * calls, and it must give the very same trees as the original.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { consumeFromFirstEdit, linearConsumeInstalled, originalConsume } from '../src/core/micromark-linear.js';
import { parseMarkdown } from '../src/core/parse.js';
import { markdownDocument, deeplyNested } from '../scripts/hostile/arbitraries.js';
import { REAL_CORPUS, DEV_CORPUS, hasRealCorpus, noteSkip } from './helpers/shared.js';

const installed = EditMap.prototype.consume;
afterEach(() => {
  EditMap.prototype.consume = installed;
});

/** The tree with the original consume(), and with the replacement. */
function bothTrees(text: string): [unknown, unknown] {
  EditMap.prototype.consume = originalConsume;
  const before = parseMarkdown(text);
  EditMap.prototype.consume = installed;
  return [before, parseMarkdown(text)];
}

describe('linear EditMap.consume()', () => {
  it('is installed, and it is what micromark calls when closing containers', () => {
    expect(linearConsumeInstalled).toBe(true);
    expect(installed).toBe(consumeFromFirstEdit);
    let calls = 0;
    EditMap.prototype.consume = function (this: EditMap, events) {
      calls++;
      return consumeFromFirstEdit.call(this as never, events as unknown[]);
    };
    parseMarkdown('- a\n- b\n\n> c\n> d\n\ne\n');
    expect(calls).toBeGreaterThan(0);
  });

  it('applies edits like the original: prefix kept, removals and additions in order', () => {
    const apply = (consume: (events: unknown[]) => void, edits: Array<[number, number, string[]]>): unknown[] => {
      const map = new EditMap();
      for (const [at, remove, add] of edits) map.add(at, remove, [...add] as never); // add() may extend the array it is given
      const events: unknown[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
      consume.call(map, events as never);
      return events;
    };
    const cases: Array<Array<[number, number, string[]]>> = [
      [[5, 0, ['x', 'y']], [6, 1, []]],
      [[0, 2, ['x']]],
      [[7, 0, ['end']]],
      [[3, 1, ['m']], [1, 1, []], [6, 0, ['n']]],
      [[2, 0, ['p']], [2, 1, ['q']]],
      [],
    ];
    for (const edits of cases) {
      expect(apply(consumeFromFirstEdit as never, edits)).toEqual(apply(originalConsume, edits));
    }
  });

  it('gives the same trees on generated Markdown and deep nesting', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, deeplyNested(60)), (text) => {
        const [before, after] = bothTrees(text);
        expect(after).toEqual(before);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it.skipIf(!noteSkip(hasRealCorpus, 'micromark-linear: the same trees on every corpus document'))('gives the same trees on every corpus document', () => {
    for (const folder of [REAL_CORPUS, DEV_CORPUS]) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
        const [before, after] = bothTrees(readFileSync(join(folder, name), 'utf8'));
        expect(after, name).toEqual(before);
      }
    }
  });
});
