/** The output formats by name. Add a format here and it is a --format value. */
import { json } from './json.js';
import { stylish } from './stylish.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import type { Formatter } from './types.js';
import { markdown } from './markdown.js';
import { html } from './html.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit, markdown, html };

export function formatNames(): string[] {
  return Object.keys(formatters);
}

export type { Formatter, FormatOptions } from './types.js';
