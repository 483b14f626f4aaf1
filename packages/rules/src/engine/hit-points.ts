import { fixedHitPointsPerLevel } from '../tables/hit-points.js';
import type { BuildContext } from './context.js';
import { type Stat, type StatPart, signed, statOf } from './stat.js';

/**
 * Max HP: the starting class's die at level 1; every later level the recorded roll or the fixed
 * value (die / 2 + 1); CON per level with at least 1 HP per level; then per-level effects (Tough
 * and Dwarven Toughness count character levels; `perClassLevel` counts one class's levels, as
 * Draconic Resilience does).
 */
export function deriveMaxHitPoints(context: BuildContext, constitution: number): Stat {
  const parts: StatPart[] = [];
  let conTotal = 0;
  let levels = 0;
  let floored = false;
  for (const resolved of context.classes) {
    const die = resolved.definition?.hitDie;
    if (die === undefined || resolved.level === 0) continue;
    const first = resolved.index === 0;
    const rolls = resolved.entry.hitPointRolls ?? [];
    const fixed = fixedHitPointsPerLevel(die);
    let fixedCount = 0;
    const rolled: number[] = [];
    const perLevel = (value: number): void => {
      const withCon = Math.max(1, value + constitution);
      if (withCon !== value + constitution) floored = true;
      conTotal += withCon - value;
      levels++;
    };
    if (first) {
      parts.push({ source: `${resolved.name} level 1 (d${die} maximum)`, amount: die });
      perLevel(die);
    }
    const later = first ? resolved.level - 1 : resolved.level;
    for (let i = 0; i < later; i++) {
      const roll = rolls[i];
      if (typeof roll === 'number' && Number.isInteger(roll) && roll >= 1 && roll <= die) {
        rolled.push(roll);
        perLevel(roll);
      } else {
        fixedCount++;
        perLevel(fixed);
      }
    }
    if (fixedCount > 0)
      parts.push({
        source: `${resolved.name}: ${fixedCount} level${fixedCount > 1 ? 's' : ''} at ${fixed} (d${die} fixed)`,
        amount: fixedCount * fixed,
      });
    if (rolled.length > 0)
      parts.push({
        source: `${resolved.name}: rolled ${rolled.join(', ')} (d${die})`,
        amount: rolled.reduce((a, b) => a + b, 0),
      });
  }
  if (levels > 0)
    parts.push({
      source: `CON ${signed(constitution)} × ${levels} level${levels > 1 ? 's' : ''}${floored ? ' (at least 1 HP per level)' : ''}`,
      amount: conTotal,
    });
  for (const { effect, source } of context.effects) {
    if (effect.kind !== 'hit-points-per-level') continue;
    let count = context.totalLevel;
    if (effect.perClassLevel !== undefined) {
      count = 0;
      for (const resolved of context.classes)
        if (resolved.entry.classId === effect.perClassLevel) count += resolved.level;
    }
    if (count > 0 && effect.amount !== 0)
      parts.push({
        source: `${source} (${effect.amount} × ${count} level${count > 1 ? 's' : ''})`,
        amount: effect.amount * count,
      });
  }
  return statOf(parts);
}

/** Hit dice by die size, largest first. */
export function deriveHitDice(context: BuildContext): { die: number; count: number }[] {
  const byDie = new Map<number, number>();
  for (const resolved of context.classes) {
    const die = resolved.definition?.hitDie;
    if (die !== undefined && resolved.level > 0) byDie.set(die, (byDie.get(die) ?? 0) + resolved.level);
  }
  const dice: { die: number; count: number }[] = [];
  for (const [die, count] of byDie) dice.push({ die, count });
  return dice.sort((a, b) => b.die - a.die);
}
