import {
  type CharacterBuild,
  type DerivedCharacter,
  initialPlayState,
  type PlayContext,
  type PlayResource,
  type PlayState,
  type RulesCatalog,
} from '@grimoire/rules';

/**
 * The play state to act on: the stored one, or a fresh one (full hit points, nothing spent) for a
 * character nobody has played yet. Current hit points never read above the maximum (a level lost
 * or an item taken off lowers the maximum; the play state keeps what is spent, not what is left).
 */
export function playStateOf(stored: PlayState | null, maxHitPoints: number): PlayState {
  if (!stored) return initialPlayState(maxHitPoints);
  return stored.currentHitPoints > maxHitPoints ? { ...stored, currentHitPoints: Math.max(0, maxHitPoints) } : stored;
}

/** The numbers the play rules read from the derived sheet; resources carry their short-rest regain. */
export function playContextOf(derived: DerivedCharacter, build: CharacterBuild, catalog: RulesCatalog): PlayContext {
  const regain = new Map<string, number>();
  for (const entry of build.classes ?? [])
    for (const resource of catalog.classes.get(entry.classId)?.resources ?? [])
      if (resource.shortRestRegain !== undefined) regain.set(resource.id, resource.shortRestRegain);
  return {
    maxHitPoints: derived.maxHitPoints.value,
    hitDice: derived.hitDice,
    spellSlots: derived.spellSlots,
    pactMagic: derived.pactMagic,
    resources: derived.resources.map((resource): PlayResource => ({
      id: resource.id,
      max: resource.max.value,
      recharge: resource.recharge,
      ...(regain.has(resource.id) ? { shortRestRegain: regain.get(resource.id)! } : {}),
    })),
    edition: derived.edition,
  };
}
