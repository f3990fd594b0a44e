/**
 * The API checks rule settings as the CLI checks a configuration (issue 14):
 * `lint(text, { rules: { x: 'bogus' } })` used to run the rule at "warn".
 */
import { describe, expect, it } from 'vitest';
import { InvalidRuleSettingError, lint, UnknownRuleError } from '../src/index.js';

describe('lint() rule settings', () => {
  it.each([['bogus'], [2], ['on'], [['nope']], [null]])('refuses %j for a rule, naming it, with the CLI wording', (setting) => {
    const call = () => lint('# Feed\n\nhello\n', { rules: { 'io-defined': setting as never } });
    expect(call).toThrow(InvalidRuleSettingError);
    expect(call).toThrow('invalid rule settings: rules.io-defined: must be one of "off", "warn", "error"');
  });

  it('refuses rules that are not an object', () => {
    expect(() => lint('x', { rules: 'error' as never })).toThrow('rules: must be an object of rule id to setting');
  });

  it('accepts valid severities and still reports unknown rules as before', () => {
    expect(lint('# Feed\n\nhello\n', { rules: { 'io-defined': 'error' } }).results.find((r) => r.rule === 'io-defined')?.severity).toBe('error');
    expect(lint('# Feed\n\nhello\n', { rules: { 'io-defined': 'off' } }).results.some((r) => r.rule === 'io-defined')).toBe(false);
    expect(() => lint('x', { rules: { 'no-such-rule': 'off' } })).toThrow(UnknownRuleError);
  });
});
