import { ITEM_POLICIES, THEME_IDS, THEME_ITEM_CATEGORIES, THEME_TONES } from '@grimoire/rules';
import { registerEnumType } from 'type-graphql';

/** `{ A: 'A', … }` for registerEnumType from a list of values. */
export function enumOf<TValue extends string>(values: readonly TValue[]): Record<TValue, TValue> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<TValue, TValue>;
}

export const Theme = enumOf(THEME_IDS);
registerEnumType(Theme, {
  name: 'Theme',
  description: 'A campaign theme (genre). HIGH_FANTASY is the root: SRD items are written in it.',
});

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
  description: "How a theme transition treats an inventory item. Never its numbers (weight, damage, AC, attunement).",
  valuesConfig: {
    RESET_TO_ROOT: { description: 'Back to its root item: the original, un-themed name and look.' },
    ADAPT: { description: "Renamed and re-described in the new theme's words; remembers its root." },
    KEEP: { description: 'Left exactly as it is.' },
  },
});
