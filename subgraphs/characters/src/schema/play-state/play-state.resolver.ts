import { requireIdentity } from '@grimoire/platform';
import { effectiveConditions } from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import {
  changeCharacterResource,
  changeCondition,
  damageCharacter,
  endCharacterConcentration,
  grantCharacterTemporaryHitPoints,
  healCharacter,
  longRestCharacter,
  recordCharacterDeathSave,
  setCharacterExhaustion,
  shortRestCharacter,
  spendCharacterHitDice,
  stabilizeCharacter,
} from '../../domain/change-play-state.js';
import { castCharacterSpell } from '../../domain/change-spells.js';
import { playStateOf } from '../../domain/read-play-state.js';
import { CharacterConditionEnum } from '../common/enums.js';
import { Character, characterFromRow } from '../character/character.type.js';
import { HitDieRollInput, PlayStateType } from './play-state.type.js';

const ROLL_DESCRIPTION = 'Owner or the game master of a campaign the character plays in; a delta (no expectedVersion).';

@Resolver(() => Character)
export class PlayStateResolver {
  @FieldResolver(() => PlayStateType, { description: 'Conditions, death saves, hit dice, slots and resources left.' })
  async playState(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<PlayStateType> {
    const { derived } = await ctx.loaders.sheet.load(character.row);
    const play = playStateOf(character.row.playState, derived.maxHitPoints.value);
    const resourcesSpent = play.resourcesSpent ?? {};
    return {
      conditions: [...play.conditions] as CharacterConditionEnum[],
      effectiveConditions: effectiveConditions(play),
      exhaustion: play.exhaustion,
      deathSaves: { ...play.deathSaves },
      stable: play.stable,
      dead: play.dead,
      hitDice: derived.hitDice.map((pool) => ({
        dieSize: pool.die,
        total: pool.count,
        remaining: Math.max(0, pool.count - (play.hitDiceSpent[pool.die as 6 | 8 | 10 | 12] ?? 0)),
      })),
      spellSlots: derived.spellSlots.flatMap((total, index) =>
        total > 0
          ? [{ level: index + 1, total, remaining: Math.max(0, total - (play.spellSlotsSpent[index] ?? 0)) }]
          : [],
      ),
      pactSlots: derived.pactMagic
        ? {
            level: derived.pactMagic.slotLevel,
            total: derived.pactMagic.slots,
            remaining: Math.max(0, derived.pactMagic.slots - play.pactSlotsSpent),
          }
        : null,
      resources: derived.resources.map((resource) => ({
        id: resource.id,
        name: resource.name,
        max: resource.max.value,
        remaining: Math.max(0, resource.max.value - (resourcesSpent[resource.id] ?? 0)),
        recharge: resource.recharge,
      })),
      concentration: play.concentration
        ? { spellId: play.concentration.spellId, spell: { id: play.concentration.spellId } }
        : null,
      heroicInspiration: play.heroicInspiration,
    };
  }

  @Mutation(() => Character, {
    description: `Damage: temporary hit points first; at 0 HP death save failures (two on a critical); massive damage kills. ${ROLL_DESCRIPTION}`,
  })
  async damageCharacter(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('critical', () => Boolean, { defaultValue: false }) critical: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await damageCharacter(ctx, viewer, id, amount, critical));
  }

  @Mutation(() => Character, {
    description: `Healing up to the maximum; wakes a character at 0 HP. ${ROLL_DESCRIPTION}`,
  })
  async healCharacter(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await healCharacter(ctx, viewer, id, amount));
  }

  @Mutation(() => Character, {
    description: `Temporary hit points do not stack: the higher pool stays unless keepNew. ${ROLL_DESCRIPTION}`,
  })
  async grantTemporaryHitPoints(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('keepNew', () => Boolean, { defaultValue: false }) keepNew: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await grantCharacterTemporaryHitPoints(ctx, viewer, id, amount, keepNew));
  }

  @Mutation(() => Character, { description: `Adds a condition (a set). ${ROLL_DESCRIPTION}` })
  async addCondition(
    @Arg('id', () => ID) id: string,
    @Arg('condition', () => CharacterConditionEnum) condition: CharacterConditionEnum,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeCondition(ctx, viewer, id, condition, true));
  }

  @Mutation(() => Character, { description: `Removes a condition (EXHAUSTION: every level). ${ROLL_DESCRIPTION}` })
  async removeCondition(
    @Arg('id', () => ID) id: string,
    @Arg('condition', () => CharacterConditionEnum) condition: CharacterConditionEnum,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeCondition(ctx, viewer, id, condition, false));
  }

  @Mutation(() => Character, { description: `Sets the exhaustion level 0-6 (6 kills). ${ROLL_DESCRIPTION}` })
  async setExhaustion(
    @Arg('id', () => ID) id: string,
    @Arg('level', () => Int) level: number,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await setCharacterExhaustion(ctx, viewer, id, level));
  }

  @Mutation(() => Character, {
    description: `Records a death save d20 roll (20: 1 HP; 1: two failures). ${ROLL_DESCRIPTION}`,
  })
  async recordDeathSave(
    @Arg('id', () => ID) id: string,
    @Arg('roll', () => Int) roll: number,
    @Arg('bonus', () => Int, { nullable: true }) bonus: number | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await recordCharacterDeathSave(ctx, viewer, id, roll, bonus));
  }

  @Mutation(() => Character, { description: `Stabilizes a dying character. ${ROLL_DESCRIPTION}` })
  async stabilizeCharacter(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await stabilizeCharacter(ctx, viewer, id));
  }

  @Mutation(() => Character, {
    description: `Spends hit dice (each heals its roll + CON, at least 1). ${ROLL_DESCRIPTION}`,
  })
  async spendHitDice(
    @Arg('id', () => ID) id: string,
    @Arg('hitDice', () => [HitDieRollInput]) hitDice: HitDieRollInput[],
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await spendCharacterHitDice(ctx, viewer, id, hitDice));
  }

  @Mutation(() => Character, {
    description: `A Short Rest: spends the hit dice given, short-rest resources and Pact Magic slots come back. ${ROLL_DESCRIPTION}`,
  })
  async shortRest(
    @Arg('id', () => ID) id: string,
    @Arg('hitDice', () => [HitDieRollInput], { nullable: true }) hitDice: HitDieRollInput[] | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await shortRestCharacter(ctx, viewer, id, hitDice));
  }

  @Mutation(() => Character, {
    description: `A Long Rest (2024): all HP, hit dice, slots and resources back; one exhaustion level less. ${ROLL_DESCRIPTION}`,
  })
  async longRest(@Arg('id', () => ID) id: string, @Ctx() ctx: CharactersContext): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await longRestCharacter(ctx, viewer, id));
  }

  @Mutation(() => Character, { description: `Spends uses of a resource (default 1). ${ROLL_DESCRIPTION}` })
  async spendResource(
    @Arg('id', () => ID) id: string,
    @Arg('resourceId', () => ID) resourceId: string,
    @Arg('amount', () => Int, { nullable: true }) amount: number | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeCharacterResource(ctx, viewer, id, resourceId, amount, 'spend'));
  }

  @Mutation(() => Character, { description: `Gives uses of a resource back (default: all). ${ROLL_DESCRIPTION}` })
  async restoreResource(
    @Arg('id', () => ID) id: string,
    @Arg('resourceId', () => ID) resourceId: string,
    @Arg('amount', () => Int, { nullable: true }) amount: number | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await changeCharacterResource(ctx, viewer, id, resourceId, amount, 'restore'));
  }

  @Mutation(() => Character, {
    description:
      'Casts a spell your character has (prepared, or a cantrip; rituals per class): spends a slot of slotLevel ' +
      '(default: the spell level) or a Pact Magic slot, and starts concentration when the spell needs it. Owner only.',
  })
  async castSpell(
    @Arg('id', () => ID) id: string,
    @Arg('spellId', () => ID) spellId: string,
    @Arg('slotLevel', () => Int, { nullable: true }) slotLevel: number | null,
    @Arg('asRitual', () => Boolean, { defaultValue: false }) asRitual: boolean,
    @Arg('usePactSlot', () => Boolean, { nullable: true, description: 'Default: for a Pact Magic class’s spell.' })
    usePactSlot: boolean | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await castCharacterSpell(ctx, viewer, id, { spellId, slotLevel, asRitual, usePactSlot }));
  }

  @Mutation(() => Character, { description: 'Ends concentration (by choice, or failedSave). Owner only.' })
  async endConcentration(
    @Arg('id', () => ID) id: string,
    @Arg('failedSave', () => Boolean, { defaultValue: false }) failedSave: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await endCharacterConcentration(ctx, viewer, id, failedSave));
  }
}
