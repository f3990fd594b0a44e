/** The command loads only the formatter asked for (issue 13): the lazy table matches the eager one. */
import { describe, expect, it } from 'vitest';
import { formatters, formatNames as eagerNames } from '../src/format/index.js';
import { formatNames, loadFormatter } from '../src/format/load.js';

describe('lazy formatters', () => {
  it('list the same formats and load the same functions', async () => {
    expect(formatNames()).toEqual(eagerNames());
    for (const name of formatNames()) expect(await loadFormatter(name)).toBe(formatters[name]);
  });
  it('refuse an unknown name', () => {
    expect(() => loadFormatter('yaml')).toThrow('unknown format "yaml"');
  });
});
