/**
 * Document text (quotes, section titles) and file names printed to a
 * terminal: control characters (ANSI escape sequences, carriage returns,
 * line breaks), bidirectional overrides ("Trojan Source") and line
 * separators are shown as visible escapes, so a document can neither forge
 * report lines nor drive the terminal. One character class: linear.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Lone UTF-16 surrogates (a path given to the API can hold them) as U+FFFD: encodeURIComponent throws on them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
