import type { NemesisRecord } from '../../db/antitheticon-loaders.js';
import type {
  NemesisDeceptionRow,
  NemesisIdentityLinkRow,
  NemesisIdentityRow,
  NemesisRevelationRow,
  NemesisRow,
} from '../../db/tables/index.js';

/**
 * A nemesis as one viewer may see it. Game masters see everything. Players and viewers see only
 * what the table has uncovered: exposed identities (and the links between what they can see),
 * exposed deceptions and revealed stages; the seed, motive and mirrors stay behind the screen.
 * Who the nemesis truly is (name, title, level) is the last thing they learn: it stays hidden
 * until the final stage unmasks it (the Keyser Söze reveal).
 */
export interface NemesisView {
  nemesis: NemesisRow;
  /** The nemesis's true name, title and level; null while it is still masked for this viewer. */
  unmasked: Pick<NemesisRow, 'name' | 'title' | 'level'> | null;
  /** Null unless the viewer is a game master. */
  secrets: Pick<NemesisRow, 'seed' | 'motive' | 'mirrors' | 'analysis'> | null;
  identities: NemesisIdentityRow[];
  links: NemesisIdentityLinkRow[];
  deceptions: NemesisDeceptionRow[];
  revelations: NemesisRevelationRow[];
}

export function viewNemesis(record: NemesisRecord, seesSecrets: boolean): NemesisView {
  const { nemesis } = record;
  const trueIdentity = { name: nemesis.name, title: nemesis.title, level: nemesis.level };
  if (seesSecrets) {
    return {
      ...record,
      unmasked: trueIdentity,
      secrets: { seed: nemesis.seed, motive: nemesis.motive, mirrors: nemesis.mirrors, analysis: nemesis.analysis },
    };
  }
  const identities = record.identities.filter((identity) => identity.exposed);
  const visible = new Set(identities.map((identity) => identity.id));
  // Stages are revealed in order, so the last one revealed means every one is.
  const finalStage = record.revelations.reduce<NemesisRevelationRow | undefined>(
    (last, stage) => (last && last.stage > stage.stage ? last : stage),
    undefined,
  );
  return {
    nemesis,
    unmasked: finalStage?.revealedAt ? trueIdentity : null,
    secrets: null,
    identities,
    links: record.links.filter(
      (link) => visible.has(link.fromIdentityId) && (link.toIdentityId === null || visible.has(link.toIdentityId)),
    ),
    deceptions: record.deceptions.filter((deception) => deception.state === 'EXPOSED'),
    revelations: record.revelations.filter((stage) => stage.revealedAt !== null),
  };
}
