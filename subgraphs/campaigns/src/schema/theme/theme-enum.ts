import { enumOf } from '@grimoire/graphql-types';
import { ITEM_POLICIES, THEME_ITEM_CATEGORIES, THEME_TONES } from '@grimoire/rules';
import { registerEnumType } from 'type-graphql';

// `Theme` is the characters subgraph's enum too: registered once, shared.
export { Theme } from '@grimoire/graphql-types';

export const ThemeToneEnum = enumOf(THEME_TONES);
registerEnumType(ThemeToneEnum, { name: 'ThemeTone', description: 'The mood a theme sets.' });

export const ThemeItemCategoryEnum = enumOf(THEME_ITEM_CATEGORIES);
registerEnumType(ThemeItemCategoryEnum, {
  name: 'ThemeItemCategory',
  description: 'How a theme groups items to rename them (by equipment category).',
});

export const ThemeItemPolicy = enumOf(ITEM_POLICIES);
registerEnumType(ThemeItemPolicy, {
  name: 'ThemeItemPolicy',
  description: 'How a theme transition treats an inventory item. Never its numbers (weight, damage, AC, attunement).',
  valuesConfig: {
    RESET_TO_ROOT: { description: 'Back to its root item: the original, un-themed name and look.' },
    ADAPT: { description: "Renamed and re-described in the new theme's words; remembers its root." },
    KEEP: { description: 'Left exactly as it is.' },
  },
});
