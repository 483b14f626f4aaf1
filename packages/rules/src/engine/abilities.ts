import { ABILITIES, type Ability, type AbilityScores } from '../model/basics.js';
import { abilityModifier } from '../tables/abilities.js';
import { type BuildContext, listOf } from './context.js';
import type { DerivedAbilityScore } from './derived-character.js';
import { ABILITY_LABELS, signed, statOf, type StatPart } from './stat.js';

export interface AbilityResult {
  abilities: Record<Ability, DerivedAbilityScore>;
  /** Scores without magic items: what prerequisites (multiclassing, feats) are checked against. */
  withoutItems: AbilityScores;
}

interface Running {
  value: number;
  parts: StatPart[];
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Adds an increase without passing its cap; the label says when the cap cut it short. */
function increase(running: Running, source: string, amount: number, cap: number): void {
  if (!Number.isFinite(amount) || amount === 0) return;
  const room = Math.max(0, cap - running.value);
  const applied = amount > 0 ? Math.min(amount, room) : amount;
  running.parts.push({
    source: applied === amount ? source : `${source} (${signed(amount)}, capped at ${cap})`,
    amount: applied,
  });
  running.value += applied;
}

/**
 * Scores in the order the rules apply them: base, background, feats and features (each increase
 * capped at 20 unless its own maximum or an `ability-score-max` effect raises it), then items
 * that set a score ("becomes 21 unless already higher").
 */
export function deriveAbilities(context: BuildContext): AbilityResult {
  // Derivation and validation both need the scores: compute them once per resolved build.
  return (context.abilityResult ??= computeAbilities(context));
}

function computeAbilities(context: BuildContext): AbilityResult {
  const { build, catalog, profile, effects } = context;
  const baseScores = (build.abilityScores?.base ?? {}) as Partial<AbilityScores>;
  const running = {} as Record<Ability, Running>;
  const raisedCap = {} as Record<Ability, number>;
  for (const ability of ABILITIES) {
    const base = finiteOr(baseScores[ability], 10);
    running[ability] = { value: base, parts: [{ source: 'Base score', amount: base }] };
    raisedCap[ability] = profile.abilityScoreCap;
  }
  for (const { effect } of effects)
    if (effect.kind === 'ability-score-max' && effect.max > raisedCap[effect.ability])
      raisedCap[effect.ability] = effect.max;
  const capFor = (ability: Ability, own: number | undefined): number =>
    Math.max(own ?? profile.abilityScoreCap, raisedCap[ability]);

  if (build.backgroundIncreases) {
    const name = context.background ? `Background (${context.background.name})` : 'Background';
    for (const ability of ABILITIES) {
      const amount = build.backgroundIncreases[ability];
      if (amount !== undefined) increase(running[ability], name, amount, capFor(ability, undefined));
    }
  }

  for (const choice of listOf(build.feats)) {
    if (!choice.abilityIncreases) continue;
    const feat = catalog.feats.get(choice.featId);
    if (!feat) continue;
    const own =
      feat.category === 'epic-boon'
        ? Math.min(feat.abilityIncrease?.max ?? profile.epicBoonAbilityCap, profile.epicBoonAbilityCap)
        : feat.abilityIncrease?.max;
    for (const ability of ABILITIES) {
      const amount = choice.abilityIncreases[ability];
      if (amount !== undefined) increase(running[ability], feat.name, amount, capFor(ability, own));
    }
  }

  const itemIncreases: { ability: Ability; source: string; amount: number; max: number | undefined }[] = [];
  for (const { effect, source, origin } of effects) {
    if (effect.kind !== 'ability-score-increase') continue;
    if (origin === 'item')
      itemIncreases.push({ ability: effect.ability, source, amount: effect.amount, max: effect.max });
    else increase(running[effect.ability], source, effect.amount, capFor(effect.ability, effect.max));
  }

  const withoutItems = {} as AbilityScores;
  for (const ability of ABILITIES) withoutItems[ability] = running[ability].value;

  for (const { ability, source, amount, max } of itemIncreases)
    increase(running[ability], source, amount, capFor(ability, max));
  for (const { effect, source } of effects) {
    if (effect.kind !== 'ability-score-set') continue;
    const current = running[effect.ability];
    if (effect.value > current.value) {
      current.parts.push({ source, amount: effect.value - current.value });
      current.value = effect.value;
    }
  }

  const abilities = {} as Record<Ability, DerivedAbilityScore>;
  for (const ability of ABILITIES) {
    const score = statOf(running[ability].parts);
    abilities[ability] = {
      ability,
      score,
      modifier: statOf([{ source: `${ABILITY_LABELS[ability]} ${score.value}`, amount: abilityModifier(score.value) }]),
    };
  }
  return { abilities, withoutItems };
}
