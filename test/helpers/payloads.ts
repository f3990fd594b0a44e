/**
 * Hostile strings for escaping tests of every output format (stylish and
 * json here; HTML, Markdown, SARIF and JUnit can reuse them): script and
 * markup injection, attribute and URL breakers, XML / JSON / CSV specials,
 * terminal escape sequences, bidirectional overrides, line separators,
 * lone surrogates and NUL.
 *
 * `documentWith(payload)` places a payload everywhere a design document can
 * carry text into a report: title, headings, prose, list items, table
 * cells, link text and URL, quoted evidence of passing rules, placeholder
 * lines (no-placeholders quotes the raw line), and section titles named in
 * failure messages (phases-in-order).
 */

export interface Payload {
  name: string;
  text: string;
}

export const PAYLOADS: readonly Payload[] = [
  { name: 'script element', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'svg onload', text: '<svg/onload=alert(1)>' },
  { name: 'attribute breaker', text: '" onmouseover="alert(1)" x="' },
  { name: 'single-quote attribute breaker', text: "' autofocus onfocus='alert(1)" },
  { name: 'javascript URL', text: 'javascript:alert(1)' },
  { name: 'closing tags', text: '</textarea></title></style></script><b>bold</b>' },
  { name: 'HTML comment breaker', text: '--><!--' },
  { name: 'CDATA end', text: ']]><x/>' },
  { name: 'XML entities', text: '&amp; &lt; &gt; &quot; &apos; &#0; &#x1F600;' },
  { name: 'raw ampersand and angle brackets', text: 'a < b && c > d' },
  { name: 'JSON breaker', text: '"}]}, {"injected": true, "x": "\\' },
  { name: 'backslashes', text: 'C:\\path\\to\\file \\u0041 \\n' },
  { name: 'template braces', text: '{{constructor.constructor("alert(1)")()}} ${alert(1)}' },
  { name: 'Markdown link injection', text: '[click](javascript:alert(1)) ![x](https://evil.example/x.png)' },
  { name: 'Markdown table breaker', text: 'a | b | c' },
  { name: 'CSV formula', text: '=HYPERLINK("https://evil.example")' },
  { name: 'ANSI escape sequences', text: '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b[2J' },
  { name: 'carriage return overwrite', text: 'ok\rFORGED LINE' },
  { name: 'bidi override (Trojan Source)', text: 'access\u202e\u2066 // admin\u2069\u2066' },
  { name: 'line and paragraph separators', text: 'one\u2028two\u2029three' },
  { name: 'C1 controls and DEL', text: 'a\u0085b\u009bc\u007fd' },
  { name: 'zero-width characters', text: 'zero\u200bwidth\u200djoiner\ufeff' },
  { name: 'lone surrogates', text: 'half \ud800 and \udfff' },
  { name: 'NUL', text: 'nul\u0000byte' },
];

/** Characters a terminal would act on: C0 / C1 controls (ESC included), bidi controls, line separators. */
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** A design document carrying `payload` in every place a report can quote. */
export function documentWith(payload: string): string {
  return [
    `# Feed ${payload}`,
    '',
    `## Model ${payload}`,
    '',
    `We train a logistic regression baseline ${payload} with cross-entropy loss.`,
    '',
    `## Data ${payload}`,
    '',
    `- Labels come from user reports ${payload}.`,
    `- Features: watch history, video length and hour of day ${payload}.`,
    '',
    `| Metric | Why ${payload} |`,
    '|---|---|',
    `| NDCG@10 offline ${payload} | ranking |`,
    '',
    `Latency must stay under 100 ms at p99 [see ${payload}](https://example.com/?q=${payload}).`,
    '',
    `TODO: ${payload}`,
    '',
  ].join('\n');
}
