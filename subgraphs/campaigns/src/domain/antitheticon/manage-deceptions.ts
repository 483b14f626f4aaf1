import { conflict, type Identity, notFound, parseId, validateInput } from '@grimoire/platform';
import { canMoveDeception, canStartDeception, DECEPTION_LAYERS, DECEPTION_STATES } from '@grimoire/rules';
import { z } from 'zod';

import {
  countActiveDeceptions,
  findDeception,
  findIdentity,
  insertDeception,
  lockNemesis,
  setDeceptionState,
} from '../../db/queries/antitheticon.js';
import type { NemesisDeceptionRow } from '../../db/tables/index.js';
import { inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { assertAntitheticon, NEMESIS_WORK } from './generate-campaign-nemesis.js';

const addDeceptionSchema = z.object({
  identityId: z.uuid('must be an identity id').nullish(),
  targetCharacterId: z.uuid('must be a character id').nullish(),
  layer: z.enum(DECEPTION_LAYERS),
  description: z.string().trim().min(1, 'must say what the lie is').max(2_000, 'must be at most 2000 characters'),
});

export interface AddDeceptionInput {
  identityId?: string | null;
  targetCharacterId?: string | null;
  layer: string;
  description: string;
}

type Deps = Pick<CampaignsDependencies, 'db'>;

/**
 * The game masters start a deception (ACTIVE). At most MAX_ACTIVE_DECEPTIONS run at once: one
 * more is a CONFLICT saying so. The count is taken under the nemesis's row lock.
 */
export async function addNemesisDeception(
  deps: Deps,
  viewer: Identity,
  rawCampaignId: string,
  input: AddDeceptionInput,
): Promise<NemesisDeceptionRow> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, NEMESIS_WORK);
  assertAntitheticon(campaign);
  const valid = validateInput(addDeceptionSchema, input, 'input');
  return inCampaignTransaction(deps.db, campaign.id, NEMESIS_WORK, async (tx) => {
    if (!(await lockNemesis(tx, campaign.id))) throw noNemesis();
    if (valid.identityId && !(await findIdentity(tx, campaign.id, valid.identityId))) {
      throw notFound(`The nemesis has no identity ${valid.identityId}.`, { field: 'input.identityId' });
    }
    const allowed = canStartDeception(await countActiveDeceptions(tx, campaign.id));
    if (!allowed.ok) throw conflict(allowed.message, { field: 'campaignId' });
    return insertDeception(tx, {
      campaignId: campaign.id,
      identityId: valid.identityId ?? null,
      targetCharacterId: valid.targetCharacterId ?? null,
      layer: valid.layer,
      description: valid.description,
    });
  });
}

/** ACTIVE → EXPOSED or ABANDONED, by the game masters; any other move is a CONFLICT. */
export async function changeNemesisDeceptionState(
  deps: Deps,
  viewer: Identity,
  rawDeceptionId: string,
  rawState: string,
): Promise<NemesisDeceptionRow> {
  const deceptionId = parseId(rawDeceptionId, 'id');
  const state = validateInput(z.enum(DECEPTION_STATES), rawState, 'state');
  const deception = await findDeception(deps.db, deceptionId);
  if (!deception) throw notFound(`No deception has id ${deceptionId}.`, { field: 'id' });
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, deception.campaignId, NEMESIS_WORK, 'id');
  return inCampaignTransaction(deps.db, campaign.id, NEMESIS_WORK, async (tx) => {
    await lockNemesis(tx, campaign.id);
    const current = await findDeception(tx, deceptionId);
    if (!current) throw notFound(`No deception has id ${deceptionId}.`, { field: 'id' });
    const move = canMoveDeception(current.state, state);
    if (!move.ok) throw conflict(move.message, { field: 'state', current: current.state });
    return setDeceptionState(tx, deceptionId, state);
  });
}

export function noNemesis(): Error {
  return conflict('This campaign has no nemesis yet: generate it first (generateNemesis).', { field: 'campaignId' });
}
