import type { DeceptionState, GeneratedNemesis } from '@grimoire/rules';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';

import type { CampaignsExecutor } from '../database.js';
import {
  nemeses,
  nemesisDeceptions,
  type NemesisDeceptionRow,
  nemesisIdentities,
  type NemesisIdentityLinkRow,
  type NemesisIdentityRow,
  nemesisIdentityLinks,
  nemesisRevelations,
  type NemesisRevelationRow,
  type NemesisRow,
} from '../tables/index.js';

/**
 * Writes a generated nemesis for a campaign, replacing the previous one (its identities, links,
 * deceptions and revelations cascade). Five statements whatever the sizes; run it in a transaction.
 */
export async function replaceNemesis(
  tx: CampaignsExecutor,
  campaignId: string,
  nemesis: GeneratedNemesis,
  generatedBy: string,
): Promise<NemesisRow> {
  await tx.delete(nemeses).where(eq(nemeses.campaignId, campaignId));
  const [row] = await tx
    .insert(nemeses)
    .values({
      campaignId,
      generator: nemesis.generator,
      seed: nemesis.seed,
      name: nemesis.name,
      title: nemesis.title,
      level: nemesis.level,
      motive: nemesis.motive,
      analysis: [...nemesis.analysis],
      mirrors: [...nemesis.mirrors],
      generatedBy,
    })
    .returning();
  const identities = await tx
    .insert(nemesisIdentities)
    .values(nemesis.identities.map((identity) => ({ campaignId, ...identity })))
    .returning({ id: nemesisIdentities.id, key: nemesisIdentities.key });
  const idOf = new Map(identities.map((identity) => [identity.key, identity.id]));
  const identityId = (key: string): string => {
    const id = idOf.get(key);
    if (!id) throw new Error(`generated nemesis names an unknown identity ${key}`);
    return id;
  };
  await tx.insert(nemesisIdentityLinks).values(
    nemesis.links.map((link, position) => ({
      campaignId,
      position,
      fromIdentityId: identityId(link.from),
      relation: link.relation,
      toIdentityId: link.toIdentity === undefined ? null : identityId(link.toIdentity),
      toCharacterId: link.toCharacterId ?? null,
    })),
  );
  if (nemesis.deceptions.length > 0) {
    await tx.insert(nemesisDeceptions).values(
      nemesis.deceptions.map((deception) => ({
        campaignId,
        identityId: identityId(deception.identityKey),
        targetCharacterId: deception.targetCharacterId,
        layer: deception.layer,
        description: deception.description,
      })),
    );
  }
  await tx.insert(nemesisRevelations).values(
    nemesis.revelations.map((stage) => ({
      campaignId,
      stage: stage.stage,
      trigger: stage.trigger,
      revelation: stage.revelation,
      exposesIdentityId: stage.exposesIdentityKey === null ? null : identityId(stage.exposesIdentityKey),
    })),
  );
  return row;
}

/** Takes the nemesis row lock (serialises deception counts and revelations); undefined when none. */
export async function lockNemesis(db: CampaignsExecutor, campaignId: string): Promise<NemesisRow | undefined> {
  const [row] = await db.select().from(nemeses).where(eq(nemeses.campaignId, campaignId)).for('update');
  return row;
}

export async function countActiveDeceptions(db: CampaignsExecutor, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ active: count() })
    .from(nemesisDeceptions)
    .where(and(eq(nemesisDeceptions.campaignId, campaignId), eq(nemesisDeceptions.state, 'ACTIVE')));
  return row?.active ?? 0;
}

export async function findIdentity(
  db: CampaignsExecutor,
  campaignId: string,
  identityId: string,
): Promise<NemesisIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(nemesisIdentities)
    .where(and(eq(nemesisIdentities.campaignId, campaignId), eq(nemesisIdentities.id, identityId)));
  return row;
}

export async function insertDeception(
  db: CampaignsExecutor,
  values: typeof nemesisDeceptions.$inferInsert,
): Promise<NemesisDeceptionRow> {
  const [row] = await db.insert(nemesisDeceptions).values(values).returning();
  return row;
}

export async function findDeception(db: CampaignsExecutor, id: string): Promise<NemesisDeceptionRow | undefined> {
  const [row] = await db.select().from(nemesisDeceptions).where(eq(nemesisDeceptions.id, id));
  return row;
}

export async function setDeceptionState(
  db: CampaignsExecutor,
  id: string,
  state: DeceptionState,
): Promise<NemesisDeceptionRow> {
  const [row] = await db
    .update(nemesisDeceptions)
    .set({ state, updatedAt: sql`now()` })
    .where(eq(nemesisDeceptions.id, id))
    .returning();
  if (!row) throw new Error(`deception ${id} vanished while its nemesis was locked`);
  return row;
}

/** The first stage not yet revealed, in stage order; undefined when all are. */
export async function findNextUnrevealedStage(
  db: CampaignsExecutor,
  campaignId: string,
): Promise<NemesisRevelationRow | undefined> {
  const [row] = await db
    .select()
    .from(nemesisRevelations)
    .where(and(eq(nemesisRevelations.campaignId, campaignId), isNull(nemesisRevelations.revealedAt)))
    .orderBy(asc(nemesisRevelations.stage))
    .limit(1);
  return row;
}

/**
 * Reveals a stage: marks it, exposes the identity it names, and exposes that identity's ACTIVE
 * deceptions (a lie whose liar is unmasked is no longer running).
 */
export async function revealStage(db: CampaignsExecutor, stage: NemesisRevelationRow): Promise<NemesisRevelationRow> {
  const [revealed] = await db
    .update(nemesisRevelations)
    .set({ revealedAt: sql`now()` })
    .where(eq(nemesisRevelations.id, stage.id))
    .returning();
  if (stage.exposesIdentityId !== null) {
    await db.update(nemesisIdentities).set({ exposed: true }).where(eq(nemesisIdentities.id, stage.exposesIdentityId));
    await db
      .update(nemesisDeceptions)
      .set({ state: 'EXPOSED', updatedAt: sql`now()` })
      .where(and(eq(nemesisDeceptions.identityId, stage.exposesIdentityId), eq(nemesisDeceptions.state, 'ACTIVE')));
  }
  return revealed;
}

/** Everything of several campaigns' nemeses, one statement per kind (the loaders' batch reads). */
export function listNemesesOfCampaigns(db: CampaignsExecutor, campaignIds: readonly string[]): Promise<NemesisRow[]> {
  return db
    .select()
    .from(nemeses)
    .where(inArray(nemeses.campaignId, [...campaignIds]));
}

export function listIdentitiesOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<NemesisIdentityRow[]> {
  return db
    .select()
    .from(nemesisIdentities)
    .where(inArray(nemesisIdentities.campaignId, [...campaignIds]))
    .orderBy(asc(nemesisIdentities.key));
}

export function listIdentityLinksOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<NemesisIdentityLinkRow[]> {
  return db
    .select()
    .from(nemesisIdentityLinks)
    .where(inArray(nemesisIdentityLinks.campaignId, [...campaignIds]))
    .orderBy(asc(nemesisIdentityLinks.position));
}

export function listDeceptionsOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<NemesisDeceptionRow[]> {
  return db
    .select()
    .from(nemesisDeceptions)
    .where(inArray(nemesisDeceptions.campaignId, [...campaignIds]))
    .orderBy(asc(nemesisDeceptions.sequence));
}

export function listRevelationsOfCampaigns(
  db: CampaignsExecutor,
  campaignIds: readonly string[],
): Promise<NemesisRevelationRow[]> {
  return db
    .select()
    .from(nemesisRevelations)
    .where(inArray(nemesisRevelations.campaignId, [...campaignIds]))
    .orderBy(asc(nemesisRevelations.stage));
}
