import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCharacter, FIGHTER, newUser, startTestCharacters, type TestCharacters } from '../test-support.js';

const owner = newUser();
const stranger = newUser();

const ADD_ENTRY = `mutation($id: ID!, $input: JournalEntryInput!) { addJournalEntry(id: $id, input: $input) {
  id characterId title body sessionDate campaign { id } author { id } } }`;
const UPDATE_ENTRY = `mutation($e: ID!, $input: UpdateJournalEntryInput!) { updateJournalEntry(entryId: $e, input: $input) { id title body sessionDate campaign { id } } }`;
const DELETE_ENTRY = 'mutation($e: ID!) { deleteJournalEntry(entryId: $e) }';
const JOURNAL = `query($id: ID!, $first: Int, $after: String) { character(id: $id) { journalEntries(first: $first, after: $after) {
  edges { cursor node { title sessionDate } } pageInfo { hasNextPage endCursor } } } }`;
const AWARD = `mutation($id: ID!, $a: Int!, $r: String!) { awardExperience(id: $id, amount: $a, reason: $r) {
  id level experience { points level nextLevelAt levelUpAvailable } } }`;
const MILESTONE =
  'mutation($id: ID!, $t: String!, $n: String) { addProgressMilestone(id: $id, title: $t, note: $n) { id title note } }';
const ADD_QUEST =
  'mutation($id: ID!, $input: QuestInput!) { addQuest(id: $id, input: $input) { id title note status } }';
const QUEST_STATUS = 'mutation($q: ID!, $s: QuestStatus!) { updateQuestStatus(questId: $q, status: $s) { id status } }';
const NPC = `mutation($id: ID!, $input: NpcRelationshipInput!) { setNpcRelationship(id: $id, input: $input) { id npcName attitude note } }`;
const PROGRESS = `query($id: ID!) { character(id: $id) { version
  experience { points level nextLevelAt levelUpAvailable }
  milestones { title note } quests { title status } npcRelationships { npcName attitude note } } }`;

describe('journal and progress', () => {
  let kit: TestCharacters;

  beforeAll(async () => {
    kit = await startTestCharacters('characters_journal');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  it('keeps a journal, newest session first, page by page; owner edits and deletes entries', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const campaignId = randomUUID();
    const dates = ['2026-01-05', '2026-01-19', '2026-01-12', '2026-02-02', '2026-01-26'];
    const ids: string[] = [];
    for (const [index, sessionDate] of dates.entries()) {
      const { addJournalEntry } = await kit.ok(
        ADD_ENTRY,
        {
          id,
          input: {
            title: `Session ${index + 1}`,
            body: 'We met in a tavern.',
            sessionDate,
            ...(index === 0 ? { campaignId } : {}),
          },
        },
        owner,
      );
      ids.push(addJournalEntry.id);
      if (index === 0)
        expect(addJournalEntry).toMatchObject({
          characterId: id,
          sessionDate,
          campaign: { id: campaignId },
          author: { id: owner.userId },
        });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { character } = await kit.ok(JOURNAL, { id, first: 2, after }, owner);
      seen.push(
        ...character.journalEntries.edges.map((edge: { node: { sessionDate: string } }) => edge.node.sessionDate),
      );
      after = character.journalEntries.pageInfo.hasNextPage ? character.journalEntries.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...dates].sort().reverse());

    const { updateJournalEntry } = await kit.ok(
      UPDATE_ENTRY,
      { e: ids[0], input: { title: 'The tavern', campaignId: null } },
      owner,
    );
    expect(updateJournalEntry).toMatchObject({ title: 'The tavern', body: 'We met in a tavern.', campaign: null });
    expect((await kit.ok(DELETE_ENTRY, { e: ids[1] }, owner)).deleteJournalEntry).toBe(ids[1]);
    await kit.fails('NOT_FOUND', DELETE_ENTRY, { e: ids[1] }, owner);

    const bad = await kit.fails(
      'BAD_USER_INPUT',
      ADD_ENTRY,
      { id, input: { title: 'x', body: '', sessionDate: '2026-02-30' } },
      owner,
    );
    expect(bad.extensions.field).toBe('input.sessionDate');
    expect(
      (
        await kit.fails(
          'BAD_USER_INPUT',
          ADD_ENTRY,
          { id, input: { title: ' ', body: '', sessionDate: '2026-02-03' } },
          owner,
        )
      ).extensions.field,
    ).toBe('input.title');
    expect((await kit.fails('BAD_USER_INPUT', JOURNAL, { id, after: 'garbage' }, owner)).extensions.field).toBe(
      'after',
    );
  });

  it('awards experience on the 2024 table and says when a level up is available', async () => {
    const id = await createCharacter(kit, { ...FIGHTER, classes: [{ class: 'fighter', level: 1 }] }, owner);
    let { awardExperience } = await kit.ok(AWARD, { id, a: 200, r: 'Goblin ambush' }, owner);
    expect(awardExperience.experience).toEqual({ points: 200, level: 1, nextLevelAt: 300, levelUpAvailable: false });
    ({ awardExperience } = await kit.ok(AWARD, { id, a: 800, r: 'Cragmaw hideout' }, owner));
    // 1000 XP: level 3 territory (900), so a level up is available at level 1.
    expect(awardExperience.experience).toEqual({ points: 1000, level: 1, nextLevelAt: 300, levelUpAvailable: true });
    expect((await kit.fails('BAD_USER_INPUT', AWARD, { id, a: 0, r: 'Nothing' }, owner)).extensions.field).toBe(
      'amount',
    );
    expect((await kit.fails('BAD_USER_INPUT', AWARD, { id, a: 5, r: '' }, owner)).extensions.field).toBe('reason');
  });

  it('tracks milestones, quests and NPC relationships', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    await kit.ok(MILESTONE, { id, t: 'Reached Phandalin', n: 'With the wagon' }, owner);
    const { addQuest } = await kit.ok(ADD_QUEST, { id, input: { title: 'Find Gundren' } }, owner);
    expect(addQuest.status).toBe('ACTIVE');
    expect((await kit.ok(QUEST_STATUS, { q: addQuest.id, s: 'COMPLETED' }, owner)).updateQuestStatus.status).toBe(
      'COMPLETED',
    );
    await kit.ok(NPC, { id, input: { npcName: 'Sildar', attitude: 'FRIENDLY' } }, owner);
    await kit.ok(NPC, { id, input: { npcName: 'Sildar', attitude: 'ALLIED', note: 'Saved him' } }, owner);
    await kit.ok(NPC, { id, input: { npcName: 'Klarg', attitude: 'HOSTILE' } }, owner);
    const { character } = await kit.ok(PROGRESS, { id }, owner);
    expect(character).toEqual({
      version: 1,
      experience: { points: 0, level: 5, nextLevelAt: 14000, levelUpAvailable: false },
      milestones: [{ title: 'Reached Phandalin', note: 'With the wagon' }],
      quests: [{ title: 'Find Gundren', status: 'COMPLETED' }],
      npcRelationships: [
        { npcName: 'Klarg', attitude: 'HOSTILE', note: null },
        { npcName: 'Sildar', attitude: 'ALLIED', note: 'Saved him' },
      ],
    });
    await kit.fails('BAD_USER_INPUT', NPC, { id, input: { npcName: '', attitude: 'HOSTILE' } }, owner);
  });

  it('reads the lists of many characters in a constant number of statements', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const id = await createCharacter(kit, FIGHTER, owner);
      await kit.ok(ADD_QUEST, { id, input: { title: `Quest ${index}` } }, owner);
      await kit.ok(ADD_ENTRY, { id, input: { title: 'S', body: '', sessionDate: '2026-03-01' } }, owner);
      ids.push(id);
    }
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Character {
      id experience { points } milestones { title } quests { title } npcRelationships { npcName } journalEntries(first: 5) { edges { node { title } } } } } }`;
    const count = async (n: number) => {
      const before = kit.subgraph.database.statementCount();
      const { body } = await kit.gql(
        query,
        { r: ids.slice(0, n).map((id) => ({ __typename: 'Character', id })) },
        owner,
      );
      expect(body.errors).toBeUndefined();
      return kit.subgraph.database.statementCount() - before;
    };
    // Warm the pool first: postgres.js reads type information on each new connection.
    await count(6);
    // One statement each: the characters, the journal page, XP, milestones, quests and NPCs.
    expect([await count(1), await count(6)]).toEqual([6, 6]);
  });

  it('lets only the owner write the journal and progress', async () => {
    const id = await createCharacter(kit, FIGHTER, owner);
    const entry = (await kit.ok(ADD_ENTRY, { id, input: { title: 'S', body: 'b', sessionDate: '2026-03-01' } }, owner))
      .addJournalEntry;
    const quest = (await kit.ok(ADD_QUEST, { id, input: { title: 'Q' } }, owner)).addQuest;
    const calls: [string, Record<string, unknown>][] = [
      [ADD_ENTRY, { id, input: { title: 'S', body: 'b', sessionDate: '2026-03-01' } }],
      [UPDATE_ENTRY, { e: entry.id, input: { title: 'Mine' } }],
      [DELETE_ENTRY, { e: entry.id }],
      [AWARD, { id, a: 100, r: 'Stolen XP' }],
      [MILESTONE, { id, t: 'Nope' }],
      [ADD_QUEST, { id, input: { title: 'Nope' } }],
      [QUEST_STATUS, { q: quest.id, s: 'FAILED' }],
      [NPC, { id, input: { npcName: 'Sildar', attitude: 'HOSTILE' } }],
    ];
    for (const [query, variables] of calls) {
      await kit.fails('FORBIDDEN', query, variables, stranger);
      await kit.fails('UNAUTHENTICATED', query, variables);
    }
    await kit.fails('NOT_FOUND', MILESTONE, { id: randomUUID(), t: 'Ghost' }, owner);
    await kit.fails('BAD_USER_INPUT', QUEST_STATUS, { q: 'nope', s: 'FAILED' }, owner);
    const { character } = await kit.ok(PROGRESS, { id }, owner);
    expect(character).toMatchObject({
      experience: { points: 0 },
      milestones: [],
      quests: [{ title: 'Q', status: 'ACTIVE' }],
      npcRelationships: [],
    });
  });
});
