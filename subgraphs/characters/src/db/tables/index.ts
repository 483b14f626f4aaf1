export { charactersSchema } from './schema.js';
export { characters, type CharacterRow, type NewCharacterRow } from './characters.js';
export { characterVersions, type CharacterVersionRow, type NewCharacterVersionRow } from './character-versions.js';
export {
  experienceAwards,
  type ExperienceAwardRow,
  journalEntries,
  type JournalEntryRow,
  NPC_ATTITUDES,
  type NpcAttitude,
  npcRelationships,
  type NpcRelationshipRow,
  progressMilestones,
  type ProgressMilestoneRow,
  QUEST_STATUSES,
  type QuestRow,
  quests,
  type QuestStatus,
} from './progress.js';
export { outbox, processedEvents } from './events.js';
export {
  TABLE_EVENT_APPLICATION_STATUSES,
  tableEventApplications,
  type TableEventApplicationRow,
  type TableEventApplicationStatus,
} from './table-event-applications.js';
