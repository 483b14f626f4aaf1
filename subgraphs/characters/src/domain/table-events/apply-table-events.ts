import {
  type AfterCommit,
  badUserInput,
  errorCodeOf,
  type EventEnvelope,
  type EventHandlerSpec,
  type Logger,
  type PubSub,
} from '@grimoire/platform';

import type { CharactersTx } from '../../db/database.js';
import { insertExperienceAward, sumExperienceOfCharacters } from '../../db/queries/progress.js';
import {
  deleteExperienceAward,
  insertTableEventApplication,
  listApplicationsOfTableEvent,
  markApplicationReverted,
} from '../../db/queries/table-event-applications.js';
import type { TableEventApplicationRow } from '../../db/tables/index.js';
import { applyCharacterChangeInTransaction, type CharacterChangeRequest } from '../apply-character-change.js';
import type { AuthorizeCharacterChange } from '../authorize-character-change.js';
import type { CharacterCatalogDeps } from '../load-character-catalog.js';
import { loadCharacterCatalog } from '../load-character-catalog.js';
import { publishCharacterChanged } from '../publish-character-events.js';
import { applyTableEventToState, describe, revertEffects, type TableEventEffect } from './table-event-effects.js';
import {
  TABLE_EVENT_AGGREGATE,
  TABLE_EVENT_RECORDED,
  TABLE_EVENT_REVERTED,
  type TableEventPayload,
  tableEventPayloadSchema,
} from './table-event-payload.js';

export interface TableEventConsumerDeps {
  /** Homebrew a character uses (the catalog subgraph), for the sheet the play rules need. */
  catalog: CharacterCatalogDeps['catalog'];
  pubsub: PubSub;
  logger: Logger;
}

/** The campaigns subgraph authorised the game master and checked that every target is in the party. */
const authorisedByCampaign: AuthorizeCharacterChange = () => {};

/** Errors that say the change cannot apply to this character (recorded, never retried). */
function isRuleRefusal(error: unknown): error is Error {
  const code = errorCodeOf(error);
  return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'CONFLICT' || code === 'FORBIDDEN';
}

/**
 * Group `characters.table-events`: applies campaigns' table events to each target character
 * through the change pipeline (a version linked to the event each), and reverts them. One
 * transaction per event with the processed mark; each character in a savepoint, so one that
 * cannot take the change (deleted, a rule refuses) is recorded as FAILED and the others apply.
 * Other errors (the database, the catalog) throw: the event is retried, then dead-lettered.
 */
export function tableEventsConsumer(deps: TableEventConsumerDeps): EventHandlerSpec {
  return {
    group: 'characters.table-events',
    aggregateTypes: [TABLE_EVENT_AGGREGATE],
    handle: async (event, tx) => {
      const payload = parsePayload(event, deps.logger);
      if (!payload) return;
      const changed =
        event.type === TABLE_EVENT_RECORDED
          ? await applyRecorded(deps, tx as CharactersTx, payload)
          : event.type === TABLE_EVENT_REVERTED
            ? await applyReverted(deps, tx as CharactersTx, payload)
            : [];
      return afterCommit(deps, changed);
    },
  };
}

function parsePayload(event: EventEnvelope, logger: Logger): TableEventPayload | null {
  const parsed = tableEventPayloadSchema.safeParse(event.payload);
  if (parsed.success) return parsed.data;
  // A malformed event would fail the same way on every retry: log it and move on.
  logger.error({ eventId: event.id, issues: parsed.error.issues }, 'ignored a malformed table event');
  return null;
}

interface ChangedCharacter {
  characterId: string;
  version: number;
}

function afterCommit(deps: TableEventConsumerDeps, changed: ChangedCharacter[]): AfterCommit | undefined {
  if (changed.length === 0) return undefined;
  return () => {
    for (const { characterId, version } of changed) publishCharacterChanged(deps.pubsub, characterId, version);
  };
}

async function applyRecorded(
  deps: TableEventConsumerDeps,
  tx: CharactersTx,
  payload: TableEventPayload,
): Promise<ChangedCharacter[]> {
  const changed: ChangedCharacter[] = [];
  for (const characterId of payload.targetCharacterIds) {
    const outcome = await inSavepoint(tx, (savepoint) => applyToCharacter(deps, savepoint, payload, characterId));
    await insertTableEventApplication(
      tx,
      outcome.ok
        ? { tableEventId: payload.tableEventId, characterId, status: 'APPLIED', effects: outcome.value.effects }
        : { tableEventId: payload.tableEventId, characterId, status: 'FAILED', failure: outcome.message },
    );
    if (outcome.ok && outcome.value.version !== null) changed.push({ characterId, version: outcome.value.version });
  }
  return changed;
}

/** The change request every table-event version shares: the GM as author, linked to the event. */
function changeRequest(
  payload: TableEventPayload,
  characterId: string,
  reason: string,
  change: CharacterChangeRequest['change'],
): CharacterChangeRequest {
  return {
    characterId,
    actorId: payload.actorId,
    reason,
    authorize: authorisedByCampaign,
    tableEventId: payload.tableEventId,
    change,
  };
}

/** Applies the event to one character; the version written (null: nothing changed) and what it did. */
async function applyToCharacter(
  deps: TableEventConsumerDeps,
  tx: CharactersTx,
  payload: TableEventPayload,
  characterId: string,
): Promise<{ version: number | null; effects: TableEventEffect[] }> {
  const { details } = payload;
  if (details.kind === 'EXPERIENCE') {
    // SPLIT shares the amount among the targets, rounded down; EACH gives every target all of it.
    const share =
      details.distribution === 'SPLIT'
        ? Math.floor(details.amount / payload.targetCharacterIds.length)
        : details.amount;
    if (share < 1) throw badUserInput(`The party share of ${details.amount} XP rounds down to 0.`);
    const before = await experienceOf(tx, characterId);
    // XP lives in award rows, not in the state: the version records the change it makes.
    const { row } = await applyCharacterChangeInTransaction(
      tx,
      changeRequest(payload, characterId, describe(details), (state) => ({
        ok: true,
        state,
        changes: [{ path: 'experience', from: before, to: before + share }],
      })),
    );
    const award = await insertExperienceAward(tx, {
      characterId,
      authorId: payload.actorId,
      amount: share,
      reason: describe(details),
    });
    return { version: row.version, effects: [{ kind: 'experience', awardId: award.id, amount: share }] };
  }
  const { catalog } = await loadCharacterCatalog({ db: tx, catalog: deps.catalog }, characterId, details);
  const effects: TableEventEffect[] = [];
  const { row, version } = await applyCharacterChangeInTransaction(
    tx,
    changeRequest(payload, characterId, describe(details), (state) => {
      const result = applyTableEventToState(state, details, catalog);
      if (!result.ok) return result;
      effects.push(...result.effects);
      return { ok: true, state: result.state };
    }),
  );
  return { version: version ? row.version : null, effects };
}

async function applyReverted(
  deps: TableEventConsumerDeps,
  tx: CharactersTx,
  payload: TableEventPayload,
): Promise<ChangedCharacter[]> {
  const changed: ChangedCharacter[] = [];
  const applications = await listApplicationsOfTableEvent(tx, payload.tableEventId);
  for (const application of applications.filter((row) => row.status === 'APPLIED')) {
    const outcome = await inSavepoint(tx, (savepoint) => revertApplication(deps, savepoint, payload, application));
    await markApplicationReverted(
      tx,
      application.id,
      outcome.ok ? { reverted: true } : { reverted: false, failure: outcome.message },
    );
    if (outcome.ok && outcome.value) changed.push(outcome.value);
  }
  return changed;
}

async function revertApplication(
  deps: TableEventConsumerDeps,
  tx: CharactersTx,
  payload: TableEventPayload,
  application: TableEventApplicationRow,
): Promise<ChangedCharacter | null> {
  const { characterId, effects } = application;
  const reason = `Reverted: ${describe(payload.details).replace(/^Table event: /, '')}`;
  const experience = effects.filter((effect) => effect.kind === 'experience');
  if (experience.length > 0) {
    const before = await experienceOf(tx, characterId);
    const taken = experience.reduce((sum, effect) => sum + effect.amount, 0);
    const { row } = await applyCharacterChangeInTransaction(
      tx,
      changeRequest(payload, characterId, reason, (state) => ({
        ok: true,
        state,
        changes: [{ path: 'experience', from: before, to: before - taken }],
      })),
    );
    for (const effect of experience) await deleteExperienceAward(tx, effect.awardId);
    return { characterId, version: row.version };
  }
  const { catalog } = await loadCharacterCatalog({ db: tx, catalog: deps.catalog }, characterId);
  const { row, version } = await applyCharacterChangeInTransaction(
    tx,
    changeRequest(payload, characterId, reason, (state) => {
      const result = revertEffects(state, effects, catalog);
      return result.ok ? { ok: true, state: result.state } : result;
    }),
  );
  return version ? { characterId, version: row.version } : null;
}

async function experienceOf(tx: CharactersTx, characterId: string): Promise<number> {
  const [row] = await sumExperienceOfCharacters(tx, [characterId]);
  return Number(row?.points ?? 0);
}

type SavepointOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs one character's change in a savepoint: a refusal (rule, deleted character) rolls back only
 * that character's writes and comes back as a message; anything else rolls back the event.
 */
async function inSavepoint<T>(
  tx: CharactersTx,
  work: (savepoint: CharactersTx) => Promise<T>,
): Promise<SavepointOutcome<T>> {
  try {
    return { ok: true, value: await tx.transaction((savepoint) => work(savepoint)) };
  } catch (error) {
    if (isRuleRefusal(error)) return { ok: false, message: error.message };
    throw error;
  }
}
