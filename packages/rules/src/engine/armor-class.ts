import type { Ability } from '../model/basics.js';
import type { BuildContext } from './context.js';
import { ABILITY_LABELS, type Stat, type StatPart, statOf } from './stat.js';

export interface ArmorClassResult {
  armorClass: Stat;
  formula: string;
}

/**
 * The best valid AC: every base formula whose preconditions hold (worn armor + capped DEX; or,
 * without armor, natural 10 + DEX and each unarmored formula, those that forbid shields only
 * without one), the highest wins; then the shield and the bonuses whose requirement holds.
 */
export function deriveArmorClass(context: BuildContext, modifiers: Record<Ability, number>): ArmorClassResult {
  const { armor, shield, effects } = context;
  let best: { name: string; parts: StatPart[]; total: number } | undefined;
  const consider = (name: string, parts: StatPart[]): void => {
    let total = 0;
    for (const part of parts) total += part.amount;
    if (!best || total > best.total) best = { name, parts, total };
  };

  if (armor) {
    const parts: StatPart[] = [{ source: armor.base.name, amount: armor.base.armorClass }];
    if (armor.base.dexBonus) {
      const cap = armor.base.maxDexBonus;
      const dex = cap === null ? modifiers.dex : Math.min(modifiers.dex, cap);
      parts.push({ source: cap !== null && modifiers.dex > cap ? `DEX (max ${cap})` : 'DEX', amount: dex });
    }
    consider(armor.name, parts);
  } else {
    consider('Unarmored', [
      { source: 'Base', amount: 10 },
      { source: 'DEX', amount: modifiers.dex },
    ]);
    for (const { effect, source } of effects) {
      if (effect.kind !== 'armor-class-formula' || (shield && !effect.allowsShield)) continue;
      const parts: StatPart[] = [{ source: `Base (${effect.name || source})`, amount: effect.base }];
      for (const ability of effect.abilities)
        parts.push({ source: ABILITY_LABELS[ability], amount: modifiers[ability] });
      consider(effect.name || source, parts);
    }
  }

  const chosen = best!;
  const parts = chosen.parts;
  if (shield) parts.push({ source: shield.base.name, amount: shield.base.armorClass });
  for (const { effect, source } of effects) {
    if (effect.kind !== 'armor-class-bonus' || effect.amount === 0) continue;
    if (effect.requires === 'armor' && !armor) continue;
    if (effect.requires === 'no-armor-no-shield' && (armor || shield)) continue;
    parts.push({ source, amount: effect.amount });
  }
  return { armorClass: statOf(parts), formula: chosen.name };
}
