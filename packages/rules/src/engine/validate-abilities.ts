import { ABILITIES, type Ability } from '../model/basics.js';
import {
  ABILITY_SCORE_CAP,
  ABILITY_SCORE_MAX,
  ABILITY_SCORE_MIN,
  POINT_BUY_BUDGET,
  POINT_BUY_MAX,
  POINT_BUY_MIN,
  ROLLED_MAX,
  ROLLED_MIN,
  STANDARD_ARRAY,
  pointBuyCost,
} from '../tables/abilities.js';
import { ABILITY_NAMES } from '../model/basics.js';
import { list, report, type ValidationContext } from './validation-context.js';

const METHODS = new Set(['standard-array', 'point-buy', 'rolled', 'manual']);

/** Base scores by the chosen method, then the background's increases. */
export function validateAbilityScores(validation: ValidationContext): void {
  const { build } = validation.context;
  const method = build.abilityScores?.method;
  const base = (build.abilityScores?.base ?? {}) as Partial<Record<Ability, unknown>>;
  if (!METHODS.has(method)) {
    report(
      validation,
      'ability-scores.method',
      'abilityScores.method',
      `"${String(method)}" is not a way to determine ability scores.`,
      'Use standard array, point buy, rolled or manual.',
    );
  }
  let allIntegers = true;
  for (const ability of ABILITIES) {
    const score = base[ability];
    if (typeof score !== 'number' || !Number.isInteger(score)) {
      allIntegers = false;
      report(
        validation,
        'ability-scores.integer',
        `abilityScores.base.${ability}`,
        `${ABILITY_NAMES[ability]} must be a whole number.`,
      );
    }
  }
  if (!allIntegers) return;
  const scores = base as Record<Ability, number>;

  switch (method) {
    case 'standard-array': {
      const sorted = ABILITIES.map((ability) => scores[ability]).sort((a, b) => b - a);
      if (sorted.some((score, index) => score !== STANDARD_ARRAY[index]))
        report(
          validation,
          'ability-scores.standard-array',
          'abilityScores.base',
          `The standard array assigns exactly ${STANDARD_ARRAY.join(', ')}, one to each ability; you have ${sorted.join(', ')}.`,
          'Assign each of 15, 14, 13, 12, 10 and 8 once, or choose point buy or manual.',
        );
      break;
    }
    case 'point-buy': {
      let inRange = true;
      for (const ability of ABILITIES)
        if (scores[ability] < POINT_BUY_MIN || scores[ability] > POINT_BUY_MAX) {
          inRange = false;
          report(
            validation,
            'ability-scores.point-buy.range',
            `abilityScores.base.${ability}`,
            `With point buy each score is ${POINT_BUY_MIN} to ${POINT_BUY_MAX} before increases; ${ABILITY_NAMES[ability]} is ${scores[ability]}.`,
            `Set ${ABILITY_NAMES[ability]} between ${POINT_BUY_MIN} and ${POINT_BUY_MAX}.`,
          );
        }
      const cost = inRange ? pointBuyCost(scores) : null;
      if (cost !== null && cost > POINT_BUY_BUDGET)
        report(
          validation,
          'ability-scores.point-buy.budget',
          'abilityScores.base',
          `These scores cost ${cost} points; point buy gives ${POINT_BUY_BUDGET}.`,
          `Lower scores by ${cost - POINT_BUY_BUDGET} points (14 → 13 saves 2, 15 → 14 saves 2, lower scores save 1 per step).`,
        );
      else if (cost !== null && cost < POINT_BUY_BUDGET)
        report(
          validation,
          'ability-scores.point-buy.unspent',
          'abilityScores.base',
          `You have ${POINT_BUY_BUDGET - cost} of ${POINT_BUY_BUDGET} points left to spend.`,
        );
      break;
    }
    case 'rolled':
      for (const ability of ABILITIES)
        if (scores[ability] < ROLLED_MIN || scores[ability] > ROLLED_MAX)
          report(
            validation,
            'ability-scores.rolled.range',
            `abilityScores.base.${ability}`,
            `Rolled scores are ${ROLLED_MIN} to ${ROLLED_MAX}; ${ABILITY_NAMES[ability]} is ${scores[ability]}.`,
            'Enter the total of the three highest dice.',
          );
      break;
    case 'manual':
      for (const ability of ABILITIES) {
        const score = scores[ability];
        if (score < ABILITY_SCORE_MIN || score > ABILITY_SCORE_MAX)
          report(
            validation,
            'ability-scores.manual.range',
            `abilityScores.base.${ability}`,
            `Ability scores are ${ABILITY_SCORE_MIN} to ${ABILITY_SCORE_MAX}; ${ABILITY_NAMES[ability]} is ${score}.`,
          );
        else if (score > ABILITY_SCORE_CAP)
          report(
            validation,
            'ability-scores.manual.above-20',
            `abilityScores.base.${ability}`,
            `${ABILITY_NAMES[ability]} ${score} is above 20, which only features, epic boons and magic allow.`,
            'Check the score against the sheet, or record the item or feature that raises it.',
          );
      }
      break;
    default:
      break;
  }
  validateBackgroundIncreases(validation, scores);
}

function validateBackgroundIncreases(validation: ValidationContext, scores: Record<Ability, number>): void {
  const { build, background } = validation.context;
  const increases = build.backgroundIncreases;
  const entries: { ability: Ability; amount: number }[] = [];
  for (const ability of ABILITIES) {
    const amount = increases?.[ability];
    if (amount !== undefined && amount !== 0) entries.push({ ability, amount });
  }
  if (entries.length === 0) {
    if (background)
      report(
        validation,
        'background-increases.missing',
        'backgroundIncreases',
        `Your background (${background.name}) increases ${list(
          background.abilityScores.map((ability) => ABILITY_NAMES[ability]),
          'or',
        )}; none is applied yet.`,
        'Add +2 to one and +1 to another, or +1 to all three.',
      );
    return;
  }
  if (!build.backgroundId) {
    report(
      validation,
      'background-increases.no-background',
      'backgroundIncreases',
      'Ability increases come from a background, and this character has none.',
      'Choose a background, or remove the increases.',
    );
    return;
  }
  const amounts = entries
    .map((entry) => entry.amount)
    .sort((a, b) => b - a)
    .join(',');
  if (amounts !== '2,1' && amounts !== '1,1,1')
    report(
      validation,
      'background-increases.pattern',
      'backgroundIncreases',
      'A background increases one score by 2 and another by 1, or three scores by 1.',
      'Use +2/+1 or +1/+1/+1.',
    );
  for (const { ability, amount } of entries) {
    if (background && !background.abilityScores.includes(ability))
      report(
        validation,
        'background-increases.ability',
        `backgroundIncreases.${ability}`,
        `${background.name} cannot increase ${ABILITY_NAMES[ability]}; it increases ${list(
          background.abilityScores.map((entry) => ABILITY_NAMES[entry]),
          'or',
        )}.`,
        'Move the increase to one of the background’s abilities.',
      );
    if (scores[ability] + amount > ABILITY_SCORE_CAP)
      report(
        validation,
        'background-increases.cap',
        `backgroundIncreases.${ability}`,
        `${ABILITY_NAMES[ability]} would be ${scores[ability] + amount}; a background cannot raise a score above ${ABILITY_SCORE_CAP}.`,
        'Put the increase on another ability.',
      );
  }
}
