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
 */
export interface NemesisView {
  nemesis: NemesisRow;
  /** Null unless the viewer is a game master. */
  secrets: Pick<NemesisRow, 'seed' | 'motive' | 'mirrors' | 'analysis'> | null;
  identities: NemesisIdentityRow[];
  links: NemesisIdentityLinkRow[];
  deceptions: NemesisDeceptionRow[];
  revelations: NemesisRevelationRow[];
}

export function viewNemesis(record: NemesisRecord, seesSecrets: boolean): NemesisView {
  const { nemesis } = record;
  if (seesSecrets) {
    return {
      ...record,
      secrets: { seed: nemesis.seed, motive: nemesis.motive, mirrors: nemesis.mirrors, analysis: nemesis.analysis },
    };
  }
  const identities = record.identities.filter((identity) => identity.exposed);
  const visible = new Set(identities.map((identity) => identity.id));
  return {
    nemesis,
    secrets: null,
    identities,
    links: record.links.filter(
      (link) => visible.has(link.fromIdentityId) && (link.toIdentityId === null || visible.has(link.toIdentityId)),
    ),
    deceptions: record.deceptions.filter((deception) => deception.state === 'EXPOSED'),
    revelations: record.revelations.filter((stage) => stage.revealedAt !== null),
  };
}
