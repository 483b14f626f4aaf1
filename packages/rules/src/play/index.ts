export * from './play-state.js';
export * from './result.js';
export {
  changeExhaustion,
  effectiveConditions,
  exhaustionModifiers,
  isIncapacitated,
  removeCondition,
  setCondition,
  setExhaustion,
} from './conditions.js';
export {
  applyDamage,
  concentrationSaveDC,
  grantTemporaryHitPoints,
  heal,
  recordDeathSave,
  revive,
  stabilize,
} from './hit-points.js';
export { type HitDiceSpend, longRest, shortRest, spendHitDice } from './rests.js';
export { type CastSpellInput, castSpell, endConcentration } from './spells.js';
export { grantHeroicInspiration, restoreResource, spendHeroicInspiration, spendResource } from './resources.js';
