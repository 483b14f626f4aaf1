export {
  type ConcentrationEndReason,
  type DeathCause,
  HIT_DIE_SIZES,
  type HitDieSize,
  MAX_EXHAUSTION,
  type PlayContext,
  type PlayEvent,
  type PlayFailure,
  type PlayFailureReason,
  type PlayResource,
  type PlayResult,
  type PlayState,
  initialPlayState,
  isDying,
} from './play-state.js';
export type { RuleFailure } from './result.js';
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
