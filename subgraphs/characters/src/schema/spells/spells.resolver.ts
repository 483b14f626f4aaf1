import { requireIdentity } from '@grimoire/platform';
import type { CharacterBuild, DerivedCharacter, RulesCatalog } from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { forgetSpell, learnSpell, setSpellPrepared, swapPreparedSpell } from '../../domain/change-spells.js';
import { Character, characterFromRow } from '../character/character.type.js';
import type { KnownSpell } from './spells.type.js';
import { CharacterSpellList } from './spells.type.js';

function knownSpell(catalog: RulesCatalog, spellId: string, prepared: boolean, alwaysPrepared: boolean): KnownSpell {
  const spell = catalog.spells.get(spellId);
  return {
    spellId,
    spell: { id: spellId },
    name: spell?.name ?? spellId,
    level: spell?.level ?? 0,
    prepared: prepared || alwaysPrepared || spell?.level === 0,
    alwaysPrepared,
    ritual: spell?.ritual ?? false,
    concentration: spell?.concentration ?? false,
  };
}

/** The spell lists, per class in class order, then trait-granted spells (species, lineage) if any. */
export function spellListsOf(
  build: CharacterBuild,
  derived: DerivedCharacter,
  catalog: RulesCatalog,
): CharacterSpellList[] {
  const level = build.classes.reduce((sum, entry) => sum + entry.level, 0);
  const lists: CharacterSpellList[] = build.classes.flatMap((entry) => {
    const spells = (build.spells ?? []).filter((spell) => spell.classId === entry.classId);
    const casting = derived.spellcasting.find((candidate) => candidate.classId === entry.classId);
    if (!casting && spells.length === 0) return [];
    const known = spells.map((spell) => knownSpell(catalog, spell.spellId, spell.prepared, false));
    return [
      {
        classId: entry.classId,
        class: { id: entry.classId },
        source: catalog.classes.get(entry.classId)?.name ?? entry.classId,
        spells: known,
        cantrips: known.filter((spell) => spell.level === 0).length,
        cantripsMax: casting?.cantripsKnown ?? 0,
        prepared: known.filter((spell) => spell.level > 0 && spell.prepared).length,
        preparedMax: casting?.preparedSpells ?? 0,
      },
    ];
  });
  const traits = [
    ...(catalog.species.get(build.speciesId ?? '')?.traits ?? []),
    ...(catalog.lineages.get(build.lineageId ?? '')?.traits ?? []),
  ];
  const granted = traits
    .filter((trait) => (trait.level ?? 1) <= Math.max(1, level))
    .flatMap((trait) => trait.spells ?? []);
  if (granted.length > 0) {
    const known = [...new Set(granted)].map((spellId) => knownSpell(catalog, spellId, true, true));
    lists.push({
      classId: null,
      class: null,
      source:
        catalog.lineages.get(build.lineageId ?? '')?.name ??
        catalog.species.get(build.speciesId ?? '')?.name ??
        'Species',
      spells: known,
      cantrips: known.filter((spell) => spell.level === 0).length,
      cantripsMax: 0,
      prepared: known.filter((spell) => spell.level > 0).length,
      preparedMax: 0,
    });
  }
  return lists;
}

@Resolver(() => Character)
export class SpellsResolver {
  @FieldResolver(() => [CharacterSpellList], {
    description: 'Spells per class (known and prepared), and trait spells.',
  })
  async spells(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<CharacterSpellList[]> {
    const sheet = await ctx.loaders.sheet.load(character.row);
    return spellListsOf(character.row.build, sheet.derived, sheet.catalog);
  }

  @Mutation(() => Character, {
    description: 'Adds a spell to a class of your character (class list, castable level and counts are checked).',
  })
  async learnSpell(
    @Arg('id', () => ID) id: string,
    @Arg('classId', () => ID) classId: string,
    @Arg('spellId', () => ID) spellId: string,
    @Arg('prepared', () => Boolean, { defaultValue: false }) prepared: boolean,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await learnSpell(ctx, viewer.userId, id, classId, spellId, prepared));
  }

  @Mutation(() => Character, { description: 'Removes a spell from a class of your character.' })
  async forgetSpell(
    @Arg('id', () => ID) id: string,
    @Arg('classId', () => ID) classId: string,
    @Arg('spellId', () => ID) spellId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await forgetSpell(ctx, viewer.userId, id, classId, spellId));
  }

  @Mutation(() => Character, { description: 'Prepares a spell the class has (the prepared count is checked).' })
  async prepareSpell(
    @Arg('id', () => ID) id: string,
    @Arg('classId', () => ID) classId: string,
    @Arg('spellId', () => ID) spellId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await setSpellPrepared(ctx, viewer.userId, id, classId, spellId, true));
  }

  @Mutation(() => Character)
  async unprepareSpell(
    @Arg('id', () => ID) id: string,
    @Arg('classId', () => ID) classId: string,
    @Arg('spellId', () => ID) spellId: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await setSpellPrepared(ctx, viewer.userId, id, classId, spellId, false));
  }

  @Mutation(() => Character, {
    description: 'Unprepares one spell and prepares another of the same class, in one change.',
  })
  async swapPreparedSpell(
    @Arg('id', () => ID) id: string,
    @Arg('classId', () => ID) classId: string,
    @Arg('unprepare', () => ID) unprepare: string,
    @Arg('prepare', () => ID) prepare: string,
    @Ctx() ctx: CharactersContext,
  ): Promise<Character> {
    const viewer = requireIdentity(ctx.viewer);
    return characterFromRow(await swapPreparedSpell(ctx, viewer.userId, id, classId, unprepare, prepare));
  }
}
