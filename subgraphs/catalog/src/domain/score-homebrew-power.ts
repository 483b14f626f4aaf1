import type {
  CatalogContent,
  ClassDefinition,
  Dice,
  Feat,
  FeatCategory,
  MagicItem,
  Rarity,
  Species,
  Spell,
} from '@grimoire/rules';

import { type PowerScore, verdictFor } from './power-score.js';
import { boundedAccuracyBreaches, effectsPoints, median, round2 } from './score-effects.js';

/**
 * Power scores of homebrew against SRD baselines. Each scorer turns an entry into points the
 * same way it turns the SRD entries of the same kind (and level, rarity or category) into
 * points, and divides by their median. SRD rules text the tables do not model (most feats and
 * items have prose beyond their structured effects) makes SRD medians read low, so each
 * baseline has a floor from the 2024 design guidance, and too few SRD samples use the floor alone.
 */

const MIN_SAMPLES = 3;

interface Baseline {
  value: number;
  reason: string;
}

function baselineOf(samples: readonly number[], floor: number, what: string): Baseline {
  const positive = samples.filter((value) => value > 0);
  if (positive.length < MIN_SAMPLES) {
    return {
      value: floor,
      reason: `baseline ${round2(floor)} for ${what} (fewer than ${MIN_SAMPLES} SRD entries to compare)`,
    };
  }
  const middle = median(positive);
  return middle >= floor
    ? { value: middle, reason: `baseline ${round2(middle)}: the median of ${positive.length} SRD ${what}` }
    : {
        value: floor,
        reason: `baseline ${round2(floor)} for ${what} (the SRD median ${round2(middle)} undercounts their rules text)`,
      };
}

function result(points: number, baseline: Baseline, reasons: string[]): PowerScore {
  const score = round2(points / baseline.value);
  return {
    score,
    verdict: verdictFor(score),
    reasons: [...reasons, baseline.reason, `score ${score} = ${round2(points)} / ${round2(baseline.value)}`],
  };
}

// ------------------------------------------------------------------------------------------ feats

const FEAT_FLOOR: Record<FeatCategory, number> = { origin: 1.5, general: 2.5, 'fighting-style': 1, 'epic-boon': 3.5 };

function featPoints(feat: Feat): number {
  return effectsPoints(feat.effects) + (feat.abilityIncrease?.amount ?? 0);
}

export function scoreFeat(feat: Feat, srd: CatalogContent): PowerScore {
  const reasons = [
    `effects and ability increase: ${round2(featPoints(feat))} points`,
    ...boundedAccuracyBreaches(feat.effects),
  ];
  let points = featPoints(feat);
  if (feat.repeatable && points > 0) {
    points *= 1.2;
    reasons.push('repeatable: ×1.2 (stacks with itself)');
  }
  const samples = (srd.feats ?? []).filter((entry) => entry.category === feat.category).map(featPoints);
  return result(points, baselineOf(samples, FEAT_FLOOR[feat.category], `${feat.category} feats`), reasons);
}

// ----------------------------------------------------------------------------------------- spells

/** Average damage of a spell's base-level damage by level (2024 design guidance; area spells hit several). */
const SPELL_DAMAGE_BASELINE = [5, 12, 20, 28, 36, 44, 52, 60, 68, 76];
const AREA_FACTOR = 0.75;

export function averageDice(dice: Dice): number {
  return (dice.count * (dice.sides + 1)) / 2;
}

function isLasting(spell: Spell): boolean {
  return !/^instantaneous$/i.test(spell.duration.trim());
}

function share(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

export function scoreSpell(spell: Spell, srd: CatalogContent): PowerScore {
  const peers = (srd.spells ?? []).filter((entry) => entry.level === spell.level);
  const what = spell.level === 0 ? 'cantrips' : `level-${spell.level} spells`;
  const reasons: string[] = [];
  let factor = 1;

  if (peers.length > 0) {
    const lasting = peers.filter(isLasting);
    const concentrating = lasting.filter((entry) => entry.concentration).length;
    if (isLasting(spell) && !spell.concentration && lasting.length > 0 && concentrating / lasting.length >= 0.5) {
      factor *= 1.25;
      reasons.push(
        `lasts without concentration, while ${share(concentrating, lasting.length)} of SRD ${what} with a duration need it: ×1.25`,
      );
    }
    const rituals = peers.filter((entry) => entry.ritual).length;
    if (spell.ritual && (spell.damage || rituals / peers.length < 0.2)) {
      factor *= 1.15;
      reasons.push(`ritual, like only ${share(rituals, peers.length)} of SRD ${what}: ×1.15`);
    }
  } else if (isLasting(spell) && !spell.concentration && spell.damage) {
    factor *= 1.25;
    reasons.push('deals damage over a duration without concentration: ×1.25');
  }
  if (spell.damage && /bonus action|reaction/i.test(spell.castingTime)) {
    factor *= 1.15;
    reasons.push(`damage as a ${spell.castingTime.toLowerCase()}: ×1.15`);
  }

  if (!spell.damage) {
    reasons.unshift(`no damage to compare: judged on its casting terms against SRD ${what}`);
    const score = round2(factor);
    return { score, verdict: verdictFor(score), reasons: [...reasons, `score ${score}`] };
  }
  const average = averageDice(spell.damage.dice);
  const damaging = peers.filter((entry) => entry.damage && entry.damage.area === spell.damage?.area);
  const table = SPELL_DAMAGE_BASELINE[spell.level] * (spell.damage.area ? AREA_FACTOR : 1);
  const kind = spell.damage.area ? 'area' : 'single-target';
  reasons.unshift(
    `${spell.damage.dice.count}d${spell.damage.dice.sides} ${spell.damage.type}: ${round2(average)} average ${kind} damage`,
  );
  const baseline =
    damaging.length >= MIN_SAMPLES
      ? {
          value: median(damaging.map((entry) => averageDice(entry.damage!.dice))),
          reason: `baseline: the median ${kind} damage of ${damaging.length} SRD ${what}`,
        }
      : { value: table, reason: `baseline ${round2(table)} average ${kind} damage for ${what} (design guidance)` };
  return result(average * factor, baseline, reasons);
}

// ---------------------------------------------------------------------------------- magic items

const RARITY_FLOOR: Record<Rarity, number> = {
  common: 0.75,
  uncommon: 2.5,
  rare: 4,
  'very-rare': 6,
  legendary: 8,
  artifact: 12,
  varies: 4,
};

export function scoreMagicItem(item: MagicItem, srd: CatalogContent): PowerScore {
  const base = effectsPoints(item.effects);
  const reasons = [`effects: ${round2(base)} points`, ...boundedAccuracyBreaches(item.effects)];
  let points = base;
  if (!item.requiresAttunement && base > 0) {
    points *= 1.25;
    reasons.push('needs no attunement (takes none of the 3 slots): ×1.25');
  }
  const samples = (srd.magicItems ?? [])
    .filter((entry) => entry.rarity === item.rarity)
    .map((entry) => effectsPoints(entry.effects) * (entry.requiresAttunement ? 1 : 1.25));
  return result(points, baselineOf(samples, RARITY_FLOOR[item.rarity], `${item.rarity} magic items`), reasons);
}

// ---------------------------------------------------------------------------------------- species

function speciesPoints(species: Species): number {
  const traits = species.traits.reduce((sum, trait) => sum + effectsPoints(trait.effects), 0);
  const lineages = species.lineages.map((lineage) =>
    lineage.traits.reduce((sum, trait) => sum + effectsPoints(trait.effects), 0),
  );
  // The player takes one lineage, so its average counts.
  const lineage = lineages.length > 0 ? lineages.reduce((a, b) => a + b, 0) / lineages.length : 0;
  return traits + lineage + ((species.speed - 30) / 10) * 0.5;
}

export function scoreSpecies(species: Species, srd: CatalogContent): PowerScore {
  const srdSpecies = srd.species ?? [];
  const reasons = [`traits, lineage and speed: ${round2(speciesPoints(species))} points`];
  const allEffects = [...species.traits, ...species.lineages.flatMap((lineage) => lineage.traits)].flatMap(
    (trait) => trait.effects,
  );
  reasons.push(...boundedAccuracyBreaches(allEffects));
  const increases = allEffects.filter((effect) => effect.kind === 'ability-score-increase');
  if (increases.length > 0) {
    reasons.push('2024 species give no ability score increases (backgrounds do); these count in full');
  }
  const mostTraits = Math.max(0, ...srdSpecies.map((entry) => entry.traits.length));
  if (srdSpecies.length > 0 && species.traits.length > mostTraits) {
    reasons.push(`${species.traits.length} traits, more than any SRD species (${mostTraits})`);
  }
  return result(speciesPoints(species), baselineOf(srdSpecies.map(speciesPoints), 3, 'species'), reasons);
}

// ---------------------------------------------------------------------------------------- classes

const CASTER_FACTOR = { full: 1.3, half: 1.15, third: 1.05, pact: 1.2 } as const;

function classPower(definition: ClassDefinition): number {
  const armor = definition.armor.includes('heavy') ? 1.2 : definition.armor.includes('medium') ? 1.1 : 1;
  const casting = definition.spellcasting ? CASTER_FACTOR[definition.spellcasting.progression] : 1;
  const features = definition.features.reduce((sum, feature) => sum + effectsPoints(feature.effects), 0);
  const resources = definition.resources.reduce((sum, resource) => sum + Math.max(0, ...resource.byLevel) * 0.1, 0);
  return (definition.hitDie / 8) * armor * casting * (1 + (features + resources) / 20);
}

export function scoreClass(definition: ClassDefinition, srd: CatalogContent): PowerScore {
  const reasons = [
    `d${definition.hitDie} hit die: ×${round2(definition.hitDie / 8)}`,
    ...(definition.armor.includes('heavy')
      ? ['heavy armor training: ×1.2']
      : definition.armor.includes('medium')
        ? ['medium armor training: ×1.1']
        : []),
    ...(definition.spellcasting
      ? [`${definition.spellcasting.progression} spellcasting: ×${CASTER_FACTOR[definition.spellcasting.progression]}`]
      : []),
    ...boundedAccuracyBreaches(definition.features.flatMap((feature) => feature.effects)),
  ];
  let power = classPower(definition);
  const perLevel = new Map<number, number>();
  for (const feature of definition.features) perLevel.set(feature.level, (perLevel.get(feature.level) ?? 0) + 1);
  const crowded = [...perLevel.entries()].filter(([, count]) => count > 3);
  if (crowded.length > 0) {
    power *= 1 + 0.1 * crowded.length;
    reasons.push(
      `more than 3 features at level ${crowded.map(([level]) => level).join(', ')}: ×${round2(1 + 0.1 * crowded.length)}`,
    );
  }
  if (definition.skillChoices.count > 4)
    reasons.push(`${definition.skillChoices.count} skill choices (the SRD's most is 4)`);
  return result(power, baselineOf((srd.classes ?? []).map(classPower), 1.3, 'classes'), reasons);
}
