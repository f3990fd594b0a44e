/**
 * A design document whose quoted text is hostile HTML: rendered into a
 * report it must stay literal, inert text. The payloads sit in inline code,
 * so they reach the evidence quotes verbatim.
 */
export const SCRIPT_PAYLOAD = '<script>window.__mlsdPwned = 1</script>';
export const IMG_PAYLOAD = '"><img src=x onerror="window.__mlsdPwned = 2">';

export const HOSTILE_DOC = `# Click fraud

## Problem

We frame this as binary classification of clicks, tagged \`${SCRIPT_PAYLOAD}\` in the logs.

Input: one click event \`${IMG_PAYLOAD}\` with its context | and a pipe. Output: a fraud probability.

The model must answer within 20 ms at p99.

## Model

We start with a logistic regression baseline.
`;
