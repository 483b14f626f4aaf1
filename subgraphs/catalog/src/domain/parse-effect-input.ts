import { badUserInput } from '@grimoire/platform';
import {
  ABILITIES,
  type Ability,
  type ArmorCategory,
  DAMAGE_TYPES,
  type DamageType,
  type Effect,
  SKILL_IDS,
  type SkillId,
  type WeaponCategory,
} from '@grimoire/rules';

/** A structured effect as clients send it: `kind` plus the fields that kind uses (see EffectKind). */
export interface EffectInputData {
  kind: Effect['kind'];
  ability?: Ability | null;
  abilities?: Ability[] | null;
  amount?: number | null;
  amountIsProficiencyBonus?: boolean | null;
  max?: number | null;
  value?: number | null;
  name?: string | null;
  base?: number | null;
  allowsShield?: boolean | null;
  requires?: 'armor' | 'no-armor-no-shield' | 'no-heavy-armor' | null;
  skill?: string | null;
  mode?: 'climb' | 'swim' | 'fly' | 'burrow' | null;
  speed?: number | null;
  speedEqualsWalking?: boolean | null;
  armorCategory?: ArmorCategory | null;
  weaponCategory?: WeaponCategory | null;
  item?: string | null;
  damageType?: DamageType | null;
  range?: number | null;
  resourceId?: string | null;
  recharge?: 'short-rest' | 'long-rest' | 'dawn' | 'none' | null;
}

export interface EffectReferences {
  /** Whether an equipment id (weapon or tool) exists in the SRD tables. */
  equipmentExists(id: string): boolean;
}

const kindLabel = (kind: string): string => kind.toUpperCase().replaceAll('-', '_');

/**
 * Turns one effect input into the rules model's `Effect`, or fails with BAD_USER_INPUT naming
 * the field: a field the kind needs is missing or out of range, a field the kind does not use is
 * set, or a reference (skill, equipment) does not exist.
 */
export function parseEffectInput(input: EffectInputData, path: string, refs: EffectReferences): Effect {
  const label = kindLabel(input.kind);
  const used = new Set<keyof EffectInputData>(['kind']);
  const fail = (key: string, message: string): never => {
    throw badUserInput(`${path}.${key}: ${message}`, { field: `${path}.${key}` });
  };
  function need<TKey extends keyof EffectInputData>(key: TKey): NonNullable<EffectInputData[TKey]> {
    used.add(key);
    const value = input[key];
    if (value === null || value === undefined) return fail(key, `is required for ${label} effects`);
    return value;
  }
  function optional<TKey extends keyof EffectInputData>(key: TKey): NonNullable<EffectInputData[TKey]> | undefined {
    used.add(key);
    const value = input[key];
    return value === null || value === undefined ? undefined : value;
  }
  const int = (key: 'amount' | 'max' | 'value' | 'base' | 'speed' | 'range', min: number, max: number): number => {
    const value = need(key);
    if (!Number.isInteger(value) || value < min || value > max)
      fail(key, `must be a whole number from ${min} to ${max}`);
    return value;
  };
  const ability = (): Ability => {
    const value = need('ability');
    return ABILITIES.includes(value) ? value : fail('ability', 'is not an ability');
  };
  const skill = (): SkillId => {
    const value = need('skill');
    return (SKILL_IDS as string[]).includes(value)
      ? (value as SkillId)
      : fail('skill', `"${value}" is not a skill id (e.g. "sleight-of-hand")`);
  };
  const proficiencyOr = (min: number, max: number): number | 'proficiency-bonus' => {
    if (optional('amountIsProficiencyBonus')) {
      if (input.amount != null) fail('amount', 'must be empty when amountIsProficiencyBonus is true');
      used.add('amount');
      return 'proficiency-bonus';
    }
    return int('amount', min, max);
  };

  let effect: Effect;
  switch (input.kind) {
    case 'ability-score-increase': {
      const max = optional('max');
      if (max !== undefined && (!Number.isInteger(max) || max < 20 || max > 30))
        fail('max', 'must be a whole number from 20 to 30');
      effect = {
        kind: input.kind,
        ability: ability(),
        amount: int('amount', 1, 4),
        ...(max !== undefined ? { max } : {}),
      };
      break;
    }
    case 'ability-score-set':
      effect = { kind: input.kind, ability: ability(), value: int('value', 1, 30) };
      break;
    case 'ability-score-max':
      effect = { kind: input.kind, ability: ability(), max: int('max', 20, 30) };
      break;
    case 'armor-class-formula': {
      const name = need('name').trim();
      if (name.length === 0 || name.length > 100) fail('name', 'must be 1-100 characters');
      const abilities = need('abilities');
      if (abilities.length < 1 || abilities.length > 3 || new Set(abilities).size !== abilities.length) {
        fail('abilities', 'must list 1-3 different abilities');
      }
      effect = {
        kind: input.kind,
        name,
        base: int('base', 8, 20),
        abilities: [...abilities],
        allowsArmor: false,
        allowsShield: need('allowsShield'),
      };
      break;
    }
    case 'armor-class-bonus': {
      const requires = optional('requires');
      if (requires === 'no-heavy-armor') fail('requires', 'must be ARMOR or NO_ARMOR_NO_SHIELD for this kind');
      effect = {
        kind: input.kind,
        amount: int('amount', 1, 5),
        ...(requires ? { requires: requires as 'armor' | 'no-armor-no-shield' } : {}),
      };
      break;
    }
    case 'saving-throw-proficiency':
      effect = { kind: input.kind, ability: ability() };
      break;
    case 'saving-throw-bonus':
    case 'ability-check-bonus': {
      const chosen = optional('ability');
      effect = { kind: input.kind, amount: int('amount', 1, 5), ...(chosen ? { ability: chosen } : {}) };
      break;
    }
    case 'skill-proficiency':
    case 'skill-expertise':
      effect = { kind: input.kind, skill: skill() };
      break;
    case 'half-proficiency-on-checks':
    case 'carrying-size-increase':
      effect = { kind: input.kind };
      break;
    case 'initiative-bonus':
      effect = { kind: input.kind, amount: proficiencyOr(1, 10) };
      break;
    case 'speed-bonus': {
      const amount = int('amount', 5, 60);
      if (amount % 5 !== 0) fail('amount', 'must be a multiple of 5 feet');
      const requires = optional('requires');
      if (requires === 'armor') fail('requires', 'must be NO_HEAVY_ARMOR or NO_ARMOR_NO_SHIELD for this kind');
      effect = {
        kind: input.kind,
        amount,
        ...(requires ? { requires: requires as 'no-heavy-armor' | 'no-armor-no-shield' } : {}),
      };
      break;
    }
    case 'movement': {
      const mode = need('mode');
      if (optional('speedEqualsWalking')) {
        if (input.speed != null) fail('speed', 'must be empty when speedEqualsWalking is true');
        used.add('speed');
        effect = { kind: input.kind, mode, speed: 'walk' };
      } else {
        effect = { kind: input.kind, mode, speed: int('speed', 5, 120) };
      }
      break;
    }
    case 'hit-points-per-level':
      effect = { kind: input.kind, amount: int('amount', 1, 5) };
      break;
    case 'passive-bonus':
      effect = { kind: input.kind, skill: skill(), amount: int('amount', 1, 10) };
      break;
    case 'armor-proficiency':
      effect = { kind: input.kind, category: need('armorCategory') };
      break;
    case 'weapon-proficiency':
      effect = { kind: input.kind, category: need('weaponCategory') };
      break;
    case 'item-proficiency': {
      const item = need('item');
      if (!refs.equipmentExists(item)) fail('item', `"${item}" is not an equipment id in the catalog`);
      effect = { kind: input.kind, item };
      break;
    }
    case 'resistance': {
      const damageType = need('damageType');
      if (!DAMAGE_TYPES.includes(damageType)) fail('damageType', 'is not a damage type');
      effect = { kind: input.kind, damageType };
      break;
    }
    case 'darkvision':
      effect = { kind: input.kind, range: int('range', 10, 300) };
      break;
    case 'spell-attack-bonus':
    case 'spell-save-dc-bonus':
    case 'weapon-attack-bonus':
    case 'weapon-damage-bonus':
      effect = { kind: input.kind, amount: int('amount', 1, 5) };
      break;
    case 'resource': {
      const id = need('resourceId').trim();
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) fail('resourceId', 'must be a lowercase id like "sorcery-points"');
      const name = need('name').trim();
      if (name.length === 0 || name.length > 100) fail('name', 'must be 1-100 characters');
      const recharge = need('recharge');
      if (recharge === 'none') fail('recharge', 'must be SHORT_REST, LONG_REST or DAWN');
      effect = {
        kind: input.kind,
        id,
        name,
        uses: proficiencyOr(1, 20),
        recharge: recharge as 'short-rest' | 'long-rest' | 'dawn',
      };
      break;
    }
    default:
      return fail('kind', `${label} is not a known effect kind`);
  }
  for (const [key, value] of Object.entries(input)) {
    if (value !== null && value !== undefined && !used.has(key as keyof EffectInputData)) {
      fail(key, `is not used by ${label} effects; leave it empty`);
    }
  }
  return effect;
}

export function parseEffectInputs(
  inputs: readonly EffectInputData[] | null | undefined,
  path: string,
  refs: EffectReferences,
  maxCount = 20,
): Effect[] {
  const list = inputs ?? [];
  if (list.length > maxCount) throw badUserInput(`${path}: at most ${maxCount} effects`, { field: path });
  return list.map((input, index) => parseEffectInput(input, `${path}.${index}`, refs));
}
