/**
 * The rule set as a remark-lint preset (`mlsd-lint/preset`): every shipped
 * rule at its default severity, then inline control for `<!-- mlsd-lint
 * ... -->` comments. The engine runs these very plugins, so a `.remarkrc`
 * user gets the CLI's messages. Parse with remark-gfm and remark-frontmatter
 * (`['yaml', 'toml']`) as the engine does.
 */
import type { PluggableList, Preset } from 'unified';
import { rules } from '../rules/index.js';
import mlsdLintInlineControl from './core/control.js';

const plugins: PluggableList = [
  ...rules.map((rule) => [rule.plugin, rule.meta.severity] as PluggableList[number]),
  [mlsdLintInlineControl, { known: rules.map((r) => r.meta.id) }],
];

const preset: Preset = { plugins };

export default preset;
