import { PAGE_SIZE_DEFAULT, parseId } from '@grimoire/platform';
import { ABILITIES, type DerivedCharacter } from '@grimoire/rules';
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import { campaignIssuesOf } from '../../domain/campaign-rules.js';
import type { CharacterSheet } from '../../domain/compute-character-sheet.js';
import { listCharacterVersions } from '../../domain/character-versions.js';
import { type AbilityScoreMethodEnum, type ProficiencyLevelEnum } from '../common/enums.js';
import { CharacterVersionConnection, characterVersionFromRow } from '../character-version/character-version.type.js';
import { itemReference } from '../catalog/item-reference.js';
import { Character, CharacterEquipment } from './character.type.js';
import { validationReportOf } from './validation-report.js';
import {
  AbilityCheck,
  AbilityScores,
  HitPoints,
  PactMagic,
  SkillCheck,
  Spellcasting,
  Stat,
  ValidationReport,
} from './sheet.type.js';

/**
 * The derived sheet: every field reads the request's one computation for this character (the
 * `sheet` loader, keyed by id and version), so asking for AC, HP and skills derives once.
 */
@Resolver(() => Character)
export class CharacterSheetResolver {
  private sheet(character: Character, ctx: CharactersContext): Promise<CharacterSheet> {
    return ctx.loaders.sheet.load(character.row);
  }

  private async derived(character: Character, ctx: CharactersContext): Promise<DerivedCharacter> {
    return (await this.sheet(character, ctx)).derived;
  }

  @FieldResolver(() => Int, {
    description: 'Character level: the sum of the class levels (0 for a draft without class).',
  })
  level(@Root() character: Character): number {
    return character.row.build.classes.reduce((sum, entry) => sum + entry.level, 0);
  }

  @FieldResolver(() => AbilityScores, { description: 'Scores, modifiers and their breakdowns.' })
  async abilityScores(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<AbilityScores> {
    const derived = await this.derived(character, ctx);
    const result = { method: character.row.build.abilityScores.method as AbilityScoreMethodEnum } as AbilityScores;
    for (const ability of ABILITIES) {
      const entry = derived.abilities[ability];
      result[ability] = {
        ability: ability,
        score: entry.score.value,
        modifier: entry.modifier.value,
        breakdown: entry.score.breakdown,
      };
    }
    return result;
  }

  @FieldResolver(() => Int)
  async proficiencyBonus(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<number> {
    return (await this.derived(character, ctx)).proficiencyBonus.value;
  }

  @FieldResolver(() => Stat)
  async initiative(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).initiative;
  }

  @FieldResolver(() => Stat, { description: 'The best valid armor class formula, with its breakdown.' })
  async armorClass(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).armorClass;
  }

  @FieldResolver(() => Stat, { description: 'Walking speed in feet.' })
  async speed(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).speed;
  }

  @FieldResolver(() => HitPoints)
  async hitPoints(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<HitPoints> {
    const max = (await this.derived(character, ctx)).maxHitPoints;
    const play = character.row.playState;
    // No play state yet: a fresh character at full hit points.
    return {
      max,
      current: play ? Math.min(play.currentHitPoints, max.value) : max.value,
      temp: play?.temporaryHitPoints ?? 0,
    };
  }

  @FieldResolver(() => [AbilityCheck])
  async savingThrows(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<AbilityCheck[]> {
    return (await this.derived(character, ctx)).savingThrows.map((save) => ({
      ability: save.ability,
      proficient: save.proficient,
      bonus: save.bonus,
    }));
  }

  @FieldResolver(() => [SkillCheck])
  async skills(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<SkillCheck[]> {
    return (await this.derived(character, ctx)).skills.map((skill) => ({
      skill: skill.skill,
      ability: skill.ability,
      proficiency: skill.proficiency as ProficiencyLevelEnum,
      bonus: skill.bonus,
    }));
  }

  @FieldResolver(() => Stat)
  async passivePerception(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).passivePerception;
  }

  @FieldResolver(() => Stat)
  async passiveInvestigation(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).passiveInvestigation;
  }

  @FieldResolver(() => Stat)
  async passiveInsight(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Stat> {
    return (await this.derived(character, ctx)).passiveInsight;
  }

  @FieldResolver(() => [Spellcasting])
  async spellcasting(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<Spellcasting[]> {
    return (await this.derived(character, ctx)).spellcasting.map((entry) => ({
      classId: entry.classId,
      class: { id: entry.classId },
      ability: entry.ability,
      saveDC: entry.saveDC,
      attackBonus: entry.attackBonus,
      cantripsKnown: entry.cantripsKnown,
      preparedSpells: entry.preparedSpells,
      maxSpellLevel: entry.maxSpellLevel,
    }));
  }

  @FieldResolver(() => [Int], { description: 'Spell slots of levels 1..9 (9 numbers), Pact Magic apart.' })
  async spellSlots(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<number[]> {
    return (await this.derived(character, ctx)).spellSlots;
  }

  @FieldResolver(() => PactMagic, { nullable: true })
  async pactMagic(@Root() character: Character, @Ctx() ctx: CharactersContext): Promise<PactMagic | null> {
    return (await this.derived(character, ctx)).pactMagic;
  }

  @FieldResolver(() => ValidationReport, {
    description:
      'What breaks the rules, and which choices are still open; then what breaks the rule profile of each campaign the character plays in that you are a member of (`campaign.*` issues naming the campaign). If the campaigns service does not answer, one WARNING `campaign.unavailable` says the campaign rules went unchecked.',
  })
  async validation(
    @Root() character: Character,
    @Arg('campaignId', () => ID, {
      nullable: true,
      description: "Only this campaign's issues besides the rules' (the character must play in it).",
    })
    campaignId: string | null | undefined,
    @Ctx() ctx: CharactersContext,
  ): Promise<ValidationReport> {
    const wanted = campaignId == null ? undefined : parseId(campaignId, 'campaignId');
    const [sheet, campaigns] = await Promise.all([
      this.sheet(character, ctx),
      ctx.loaders.campaignRules.load(character.row.id),
    ]);
    const state = { build: character.row.build, inventory: character.row.inventory };
    return validationReportOf(sheet.validation, campaignIssuesOf(state, sheet.catalog, campaigns, wanted));
  }

  @FieldResolver(() => [CharacterEquipment])
  equipment(@Root() character: Character): CharacterEquipment[] {
    // The catalog items of the inventory (where items live); `inventory` has custom items and containers too.
    return character.row.inventory.entries.flatMap((entry) =>
      entry.itemId === undefined
        ? []
        : [
            {
              itemId: entry.itemId,
              item: itemReference(entry.itemId),
              quantity: entry.quantity,
              equipped: entry.equipped,
              attuned: entry.attuned,
            },
          ],
    );
  }

  @FieldResolver(() => CharacterVersionConnection, { description: 'The history of this character, newest first.' })
  async versions(
    @Root() character: Character,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<CharacterVersionConnection> {
    const page = await listCharacterVersions(ctx.loaders, character.id, { first, after });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: characterVersionFromRow(edge.node) })),
      pageInfo: page.pageInfo,
    };
  }
}
