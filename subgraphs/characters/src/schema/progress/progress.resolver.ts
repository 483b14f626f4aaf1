import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import {
  addProgressMilestone,
  addQuest,
  awardExperience,
  experienceOf,
  setNpcRelationship,
  updateQuestStatus,
} from '../../domain/track-progress.js';
import { Character, characterFromRow } from '../character/character.type.js';
import { QuestStatusEnum } from '../common/enums.js';
import {
  Experience,
  milestoneFromRow,
  NpcRelationship,
  NpcRelationshipInput,
  npcRelationshipFromRow,
  ProgressMilestone,
  Quest,
  questFromRow,
  QuestInput,
} from './progress.type.js';

const levelOf = (character: Character) => character.row.build.classes.reduce((sum, entry) => sum + entry.level, 0);

@Resolver(() => Character)
export class ProgressResolver {
  @FieldResolver(() => Experience, {
    description: 'Experience points and whether a level up is available (2024 table).',
  })
  async experience(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Experience> {
    return experienceOf(await ctx.loaders.experiencePoints.load(character.id), levelOf(character));
  }

  @FieldResolver(() => [ProgressMilestone], { description: 'Story milestones, oldest first.' })
  async milestones(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<ProgressMilestone[]> {
    return (await ctx.loaders.milestones.load(character.id)).map(milestoneFromRow);
  }

  @FieldResolver(() => [Quest], { description: 'Quests, oldest first.' })
  async quests(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Quest[]> {
    return (await ctx.loaders.quests.load(character.id)).map(questFromRow);
  }

  @FieldResolver(() => [NpcRelationship], { description: 'NPCs the character knows, by name.' })
  async npcRelationships(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<NpcRelationship[]> {
    return (await ctx.loaders.npcRelationships.load(character.id)).map(npcRelationshipFromRow);
  }

  @Mutation(() => Character, { description: 'Awards experience points to your character, with the reason.' })
  async awardExperience(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    const { character } = await awardExperience(ctx.db, viewer.userId, id, amount, reason);
    // The request's loader may already hold the old total.
    ctx.loaders.experiencePoints.clear(character.id);
    return characterFromRow(character);
  }

  @Mutation(() => ProgressMilestone, { description: 'Records a story milestone of your character.' })
  async addProgressMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('title', () => String) title: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<ProgressMilestone> {
    const viewer = requireIdentity(ctx.viewer);
    return milestoneFromRow(await addProgressMilestone(ctx.db, viewer.userId, id, title, note));
  }

  @Mutation(() => Quest, { description: 'Adds an active quest to your character.' })
  async addQuest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => QuestInput) input: QuestInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<Quest> {
    const viewer = requireIdentity(ctx.viewer);
    return questFromRow(await addQuest(ctx.db, viewer.userId, id, input));
  }

  @Mutation(() => Quest, { description: 'Marks a quest of your character active, completed, failed or abandoned.' })
  async updateQuestStatus(
    @Arg('questId', () => ID) questId: string,
    @Arg('status', () => QuestStatusEnum) status: QuestStatusEnum,
    @Ctx() ctx: CharactersContext,
  ): Promise<Quest> {
    const viewer = requireIdentity(ctx.viewer);
    return questFromRow(await updateQuestStatus(ctx.db, viewer.userId, questId, status));
  }

  @Mutation(() => NpcRelationship, { description: 'Sets how an NPC stands with your character.' })
  async setNpcRelationship(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => NpcRelationshipInput) input: NpcRelationshipInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<NpcRelationship> {
    const viewer = requireIdentity(ctx.viewer);
    return npcRelationshipFromRow(await setNpcRelationship(ctx.db, viewer.userId, id, input));
  }
}
