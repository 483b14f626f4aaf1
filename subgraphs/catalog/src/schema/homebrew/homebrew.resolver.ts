import { requireIdentity } from '@grimoire/platform';
import { SRD_ATTRIBUTION } from '@grimoire/rules';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { CatalogContext } from '../../context.js';
import type { HomebrewKind } from '../../domain/content-kinds.js';
import {
  createHomebrew,
  deleteHomebrew,
  type HomebrewDeps,
  type HomebrewInputByKind,
  updateHomebrew,
} from '../../domain/manage-homebrew.js';
import type { CatalogEntry } from '../../domain/read-catalog.js';
import { readHomebrewContent } from '../../domain/read-homebrew-content.js';
import { CharacterClassType, classFromEntry } from '../class/class.type.js';
import { HomebrewKindEnum } from '../common/enums.js';
import { FeatType, featFromEntry } from '../feat/feat.type.js';
import { MagicItemType, magicItemFromEntry } from '../magic-item/magic-item.type.js';
import { SpeciesType, speciesFromEntry } from '../species/species.type.js';
import { SpellType, spellFromEntry } from '../spell/spell.type.js';
import { HomebrewContentType } from './homebrew-content.type.js';
import {
  HomebrewClassInput,
  HomebrewFeatInput,
  HomebrewMagicItemInput,
  HomebrewSpeciesInput,
  HomebrewSpellInput,
} from './homebrew.input.js';

const deps = (ctx: CatalogContext): HomebrewDeps => ({ db: ctx.db, read: ctx.read, srdContent: ctx.srdContent });

/** GraphQL enums carry the domain's strings as internal values, so inputs are domain data as they are. */
const asInput = <TKind extends HomebrewKind>(input: object): HomebrewInputByKind[TKind] =>
  input as unknown as HomebrewInputByKind[TKind];

async function create<TKind extends HomebrewKind>(
  ctx: CatalogContext,
  kind: TKind,
  input: object,
): Promise<CatalogEntry> {
  const viewer = requireIdentity(ctx.viewer);
  return createHomebrew(deps(ctx), viewer.userId, kind, asInput<TKind>(input));
}

async function update<TKind extends HomebrewKind>(
  ctx: CatalogContext,
  kind: TKind,
  id: string,
  input: object,
): Promise<CatalogEntry> {
  const viewer = requireIdentity(ctx.viewer);
  return updateHomebrew(deps(ctx), viewer.userId, kind, id, asInput<TKind>(input));
}

@Resolver()
export class HomebrewResolver {
  @Query(() => String, { description: 'The CC-BY-4.0 attribution to show wherever SRD content is displayed.' })
  catalogAttribution(): string {
    return SRD_ATTRIBUTION;
  }

  /**
   * Internal: read by the characters subgraph (signed as the character's owner) to derive
   * characters built with homebrew, and by campaigns (signed as the game master) before allowing
   * homebrew, through the platform subgraph client with a router-style identity. Returns the
   * rules-model objects of the given ids the viewer may see (their own, or allowed by one of
   * their campaigns); unknown and invisible ids are left out alike. Not meant for frontends,
   * which use the typed fields instead.
   */
  @Query(() => [HomebrewContentType], {
    description:
      'Internal (characters, campaigns): homebrew you can see as rules-engine objects; unknown or invisible ids are left out.',
  })
  async homebrewContent(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: CatalogContext,
  ): Promise<HomebrewContentType[]> {
    requireIdentity(ctx.viewer);
    const contents = await readHomebrewContent(ctx.read, ids);
    return contents.map((entry) => ({ ...entry, kind: entry.kind as HomebrewKindEnum }));
  }

  @Mutation(() => SpellType, { description: 'Creates a homebrew spell, validated and power-scored.' })
  async createHomebrewSpell(
    @Arg('input', () => HomebrewSpellInput) input: HomebrewSpellInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpellType> {
    return spellFromEntry((await create(ctx, 'spell', input)) as CatalogEntry<'spell'>);
  }

  @Mutation(() => SpellType, { description: 'Replaces one of your homebrew spells.' })
  async updateHomebrewSpell(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HomebrewSpellInput) input: HomebrewSpellInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpellType> {
    return spellFromEntry((await update(ctx, 'spell', id, input)) as CatalogEntry<'spell'>);
  }

  @Mutation(() => FeatType, { description: 'Creates a homebrew feat, validated and power-scored.' })
  async createHomebrewFeat(
    @Arg('input', () => HomebrewFeatInput) input: HomebrewFeatInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<FeatType> {
    return featFromEntry((await create(ctx, 'feat', input)) as CatalogEntry<'feat'>);
  }

  @Mutation(() => FeatType, { description: 'Replaces one of your homebrew feats.' })
  async updateHomebrewFeat(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HomebrewFeatInput) input: HomebrewFeatInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<FeatType> {
    return featFromEntry((await update(ctx, 'feat', id, input)) as CatalogEntry<'feat'>);
  }

  @Mutation(() => MagicItemType, { description: 'Creates a homebrew magic item, validated and power-scored.' })
  async createHomebrewMagicItem(
    @Arg('input', () => HomebrewMagicItemInput) input: HomebrewMagicItemInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<MagicItemType> {
    return magicItemFromEntry((await create(ctx, 'magic-item', input)) as CatalogEntry<'magic-item'>);
  }

  @Mutation(() => MagicItemType, { description: 'Replaces one of your homebrew magic items.' })
  async updateHomebrewMagicItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HomebrewMagicItemInput) input: HomebrewMagicItemInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<MagicItemType> {
    return magicItemFromEntry((await update(ctx, 'magic-item', id, input)) as CatalogEntry<'magic-item'>);
  }

  @Mutation(() => SpeciesType, { description: 'Creates a homebrew species, validated and power-scored.' })
  async createHomebrewSpecies(
    @Arg('input', () => HomebrewSpeciesInput) input: HomebrewSpeciesInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpeciesType> {
    return speciesFromEntry((await create(ctx, 'species', input)) as CatalogEntry<'species'>);
  }

  @Mutation(() => SpeciesType, { description: 'Replaces one of your homebrew species.' })
  async updateHomebrewSpecies(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HomebrewSpeciesInput) input: HomebrewSpeciesInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<SpeciesType> {
    return speciesFromEntry((await update(ctx, 'species', id, input)) as CatalogEntry<'species'>);
  }

  @Mutation(() => CharacterClassType, { description: 'Creates a homebrew class, validated and power-scored.' })
  async createHomebrewClass(
    @Arg('input', () => HomebrewClassInput) input: HomebrewClassInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<CharacterClassType> {
    return classFromEntry((await create(ctx, 'class', input)) as CatalogEntry<'class'>);
  }

  @Mutation(() => CharacterClassType, { description: 'Replaces one of your homebrew classes.' })
  async updateHomebrewClass(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HomebrewClassInput) input: HomebrewClassInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<CharacterClassType> {
    return classFromEntry((await update(ctx, 'class', id, input)) as CatalogEntry<'class'>);
  }

  @Mutation(() => ID, { description: 'Deletes one of your homebrew entries (any kind); returns its id.' })
  async deleteHomebrew(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteHomebrew(ctx, viewer.userId, id);
  }
}
