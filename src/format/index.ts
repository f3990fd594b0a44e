/** The output formats by name. Add a format here and it is a --format value. */
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';
import { markdown } from './markdown.js';
import { html } from './html.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, markdown, html };

export function formatNames(): string[] {
  return Object.keys(formatters);
}

export type { Formatter, FormatOptions } from './types.js';
