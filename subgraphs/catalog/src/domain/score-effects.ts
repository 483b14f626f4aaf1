import type { Effect } from '@grimoire/rules';

/**
 * Rough power points of one structured effect, on a scale where +1 to an ability score is 1
 * point. The weights follow the 2024 design: a half feat is +1 ability and a benefit (about
 * 2-3 points), +1 AC or +1 to every save is worth more than +1 to one score, and bonuses that
 * break bounded accuracy grow fast. Only comparisons between entries scored the same way mean
 * anything.
 */
export function effectPoints(effect: Effect): number {
  switch (effect.kind) {
    case 'ability-score-increase':
      return effect.amount;
    case 'ability-score-set':
      return 1 + Math.max(0, effect.value - 15) * 0.5;
    case 'ability-score-max':
      return Math.max(0, effect.max - 20) * 0.5;
    case 'armor-class-formula':
      return 1.5 + Math.max(0, effect.base - 10) * 0.25 + Math.max(0, effect.abilities.length - 1) * 0.5;
    case 'armor-class-bonus':
      return effect.amount * 1.5 * (effect.requires ? 0.8 : 1);
    case 'saving-throw-proficiency':
      return 1;
    case 'saving-throw-bonus':
      return effect.amount * (effect.ability ? 0.5 : 1.5);
    case 'skill-proficiency':
      return 0.5;
    case 'skill-expertise':
      return 0.75;
    case 'half-proficiency-on-checks':
      return 1.5;
    case 'initiative-bonus':
      return effect.amount === 'proficiency-bonus' ? 1.5 : effect.amount * 0.5;
    case 'speed-bonus':
      return (effect.amount / 10) * 0.5 * (effect.requires ? 0.75 : 1);
    case 'movement':
      return { fly: 2, burrow: 1, climb: 0.5, swim: 0.5 }[effect.mode];
    case 'hit-points-per-level':
      return effect.amount * 1.5;
    case 'passive-bonus':
      return effect.amount * 0.2;
    case 'armor-proficiency':
      return { light: 0.5, medium: 1, heavy: 1.5, shield: 0.5 }[effect.category];
    case 'weapon-proficiency':
      return effect.category === 'martial' ? 0.75 : 0.25;
    case 'item-proficiency':
      return 0.25;
    case 'resistance':
      return ['bludgeoning', 'piercing', 'slashing'].includes(effect.damageType) ? 1.5 : 1;
    case 'darkvision':
      return (effect.range / 60) * 0.5;
    case 'carrying-size-increase':
      return 0.25;
    case 'spell-attack-bonus':
      return effect.amount * 1.5;
    case 'spell-save-dc-bonus':
      return effect.amount * 2;
    case 'weapon-attack-bonus':
      return effect.amount;
    case 'weapon-damage-bonus':
      return effect.amount * 0.75;
    case 'ability-check-bonus':
      return effect.amount * (effect.ability ? 0.5 : 1.5);
    case 'resource': {
      const uses = effect.uses === 'proficiency-bonus' ? 3 : Math.min(effect.uses, 10);
      return uses * 0.5 * (effect.recharge === 'short-rest' ? 1.5 : 1);
    }
  }
}

export function effectsPoints(effects: readonly Effect[]): number {
  return effects.reduce((sum, effect) => sum + effectPoints(effect), 0);
}

/** Flat bonuses beyond +5 break bounded accuracy whatever else an entry does. */
export function boundedAccuracyBreaches(effects: readonly Effect[]): string[] {
  const flat = new Set<Effect['kind']>([
    'armor-class-bonus',
    'saving-throw-bonus',
    'spell-attack-bonus',
    'spell-save-dc-bonus',
    'weapon-attack-bonus',
    'ability-check-bonus',
  ]);
  return effects
    .filter(
      (effect) => flat.has(effect.kind) && 'amount' in effect && typeof effect.amount === 'number' && effect.amount > 3,
    )
    .map(
      (effect) => `${effect.kind} +${(effect as { amount: number }).amount} goes past the +3 of the SRD's best items`,
    );
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
