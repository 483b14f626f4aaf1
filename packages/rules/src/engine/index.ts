export type { ActiveEffect, BuildContext, EffectOrigin, ResolvedClass, ResolvedItem } from './context.js';
export { resolveBuild } from './context.js';
export * from './derived-character.js';
export { type DeriveOptions, MAX_ATTUNED_ITEMS, deriveCharacter } from './derive.js';
export { castingStartLevel, singleClassCasterLevel } from './spellcasting.js';
export * from './stat.js';
export { type ValidateOptions, validateCharacter, validateWithDerived } from './validate.js';
export * from './validation-issue.js';
export { encumbranceState } from './encumbrance.js';
