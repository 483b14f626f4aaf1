import { forbidden, notFound, parseId, validateInput } from '@grimoire/platform';
import { canLevelUp, experienceForLevel, MAX_LEVEL } from '@grimoire/rules';
import { z } from 'zod';

import type { CharactersDb } from '../db/database.js';
import {
  findQuestById,
  insertExperienceAward,
  insertProgressMilestone,
  insertQuest,
  setQuestStatus,
  upsertNpcRelationship,
} from '../db/queries/progress.js';
import {
  type CharacterRow,
  type ExperienceAwardRow,
  NPC_ATTITUDES,
  type NpcRelationshipRow,
  type ProgressMilestoneRow,
  QUEST_STATUSES,
  type QuestRow,
} from '../db/tables/index.js';
import { loadOwnedCharacter } from './load-owned-character.js';

const titleSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const noteSchema = z.string().max(5_000, 'must be at most 5000 characters').nullish();

export interface Experience {
  points: number;
  level: number;
  /** XP at which the next level comes (2024 table); null at level 20. */
  nextLevelAt: number | null;
  levelUpAvailable: boolean;
}

/** Where a character stands on the 2024 XP table. */
export function experienceOf(points: number, level: number): Experience {
  return {
    points,
    level,
    nextLevelAt: level >= MAX_LEVEL ? null : experienceForLevel(Math.max(1, level) + 1),
    levelUpAvailable: canLevelUp(points, Math.max(1, level)),
  };
}

/** Awards experience points to your character, with the reason (a quest, a fight). */
export async function awardExperience(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawAmount: number,
  rawReason: string,
): Promise<{ character: CharacterRow; award: ExperienceAwardRow }> {
  const characterId = parseId(rawId, 'id');
  const amount = validateInput(
    z.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000'),
    rawAmount,
    'amount',
  );
  const reason = validateInput(titleSchema, rawReason, 'reason');
  const character = await loadOwnedCharacter(db, viewerId, characterId);
  const award = await insertExperienceAward(db, { characterId, authorId: viewerId, amount, reason });
  return { character, award };
}

export async function addProgressMilestone(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawTitle: string,
  rawNote: string | null | undefined,
): Promise<ProgressMilestoneRow> {
  const characterId = parseId(rawId, 'id');
  const title = validateInput(titleSchema, rawTitle, 'title');
  const note = validateInput(noteSchema, rawNote, 'note') ?? null;
  await loadOwnedCharacter(db, viewerId, characterId);
  return insertProgressMilestone(db, { characterId, authorId: viewerId, title, note });
}

export async function addQuest(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawInput: { title: string; note?: string | null },
): Promise<QuestRow> {
  const characterId = parseId(rawId, 'id');
  const input = validateInput(z.object({ title: titleSchema, note: noteSchema }), rawInput);
  await loadOwnedCharacter(db, viewerId, characterId);
  return insertQuest(db, { characterId, title: input.title, note: input.note ?? null });
}

export async function updateQuestStatus(
  db: CharactersDb,
  viewerId: string,
  rawQuestId: string,
  rawStatus: string,
): Promise<QuestRow> {
  const questId = parseId(rawQuestId, 'questId');
  const status = validateInput(z.enum(QUEST_STATUSES), rawStatus, 'status');
  const quest = await findQuestById(db, questId);
  if (!quest) throw notFound(`No quest has id ${questId}.`, { field: 'questId' });
  try {
    await loadOwnedCharacter(db, viewerId, quest.characterId);
  } catch {
    throw forbidden('Only the owner of this character may change its quests.');
  }
  const updated = await setQuestStatus(db, questId, status);
  if (!updated) throw notFound(`No quest has id ${questId}.`, { field: 'questId' });
  return updated;
}

/** Sets how an NPC stands with your character (again for the same name: updated). */
export async function setNpcRelationship(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawInput: { npcName: string; attitude: string; note?: string | null },
): Promise<NpcRelationshipRow> {
  const characterId = parseId(rawId, 'id');
  const input = validateInput(
    z.object({
      npcName: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
      attitude: z.enum(NPC_ATTITUDES),
      note: noteSchema,
    }),
    rawInput,
  );
  await loadOwnedCharacter(db, viewerId, characterId);
  return upsertNpcRelationship(db, {
    characterId,
    npcName: input.npcName,
    attitude: input.attitude,
    note: input.note ?? null,
  });
}
