import { badUserInput, forbidden, notFound, parseId, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import { findCharacterById } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import type { CharacterState } from './character-state.js';
import { stateOfRow } from './character-state.js';
import { insertCharacterStates } from './create-character.js';
import { characterNameSchema } from './validate-character-input.js';

/** A fresh copy of a state for a new character: same sheet, not a template, nothing spent. */
function freshCopy(state: CharacterState, name: string): CharacterState {
  return { ...state, name, isTemplate: false, playState: null };
}

/** Copies your own character (or any template) into a new character of yours. */
export async function duplicateCharacter(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  rawName: string,
): Promise<CharacterRow> {
  const id = parseId(rawId, 'id');
  const name = validateInput(characterNameSchema, rawName, 'name');
  const source = await findCharacterById(deps.db, id);
  if (!source) throw notFound(`No character has id ${id}.`, { field: 'id' });
  if (source.ownerId !== viewerId && !source.isTemplate) {
    throw forbidden('You may duplicate your own characters and templates only.');
  }
  const [row] = await insertCharacterStates(
    deps,
    viewerId,
    [freshCopy(stateOfRow(source), name)],
    `Duplicated from ${source.name}`,
  );
  return row;
}

/** Starts a new character of yours from a template (anyone's character marked as a template). */
export async function createCharacterFromTemplate(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawTemplateId: string,
  rawName: string,
): Promise<CharacterRow> {
  const id = parseId(rawTemplateId, 'templateId');
  const name = validateInput(characterNameSchema, rawName, 'name');
  const template = await findCharacterById(deps.db, id);
  if (!template) throw notFound(`No character has id ${id}.`, { field: 'templateId' });
  if (!template.isTemplate)
    throw badUserInput(`templateId: ${template.name} is not a template`, { field: 'templateId' });
  const [row] = await insertCharacterStates(
    deps,
    viewerId,
    [freshCopy(stateOfRow(template), name)],
    `Created from template ${template.name}`,
  );
  return row;
}

/** Marks (or unmarks) your character as a template others may start from. */
export async function setCharacterTemplate(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  isTemplate: boolean,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const value = validateInput(z.boolean(), isTemplate, 'isTemplate');
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    reason: value ? 'Made a template' : 'No longer a template',
    change: (state) => ({ ok: true, state: { ...state, isTemplate: value } }),
  });
  return row;
}
