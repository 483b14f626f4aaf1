import type { ContentBase } from '../model/content.js';
import type { CampaignRuleProfile } from './validation-issue.js';
import { listOf } from './context.js';
import { report, type ValidationContext } from './validation-context.js';

/** The campaign's limits: allowed sources, classes and species, its level window, banned items. */
export function validateCampaign(validation: ValidationContext, campaign: CampaignRuleProfile): void {
  const { build, catalog, classes, species, lineage, background, items, totalLevel } = validation.context;
  if (campaign.allowedSources) {
    const allowed = new Set(campaign.allowedSources);
    const allowedHomebrew = new Set(campaign.allowedHomebrew);
    const isAllowed = (content: ContentBase): boolean =>
      allowed.has(content.source.kind) || (content.source.kind === 'homebrew' && allowedHomebrew.has(content.id));
    const check = (content: ContentBase | undefined, path: string): void => {
      if (content && !isAllowed(content))
        report(
          validation,
          'campaign.source',
          path,
          `${content.name} is ${content.source.kind === 'homebrew' ? 'homebrew' : 'SRD content'}, which this campaign does not allow.`,
          'Choose content from an allowed source.',
        );
    };
    check(species, 'speciesId');
    check(lineage, 'lineageId');
    check(background, 'backgroundId');
    for (const resolved of classes) {
      check(resolved.definition, `classes[${resolved.index}].classId`);
      check(resolved.subclass, `classes[${resolved.index}].subclassId`);
    }
    listOf(build.feats).forEach((choice, index) => check(catalog.feats.get(choice.featId), `feats[${index}].featId`));
    for (const item of items) check(item.magic ?? item.base, `equipment[${item.index}].itemId`);
    listOf(build.spells).forEach((entry, index) =>
      check(catalog.spells.get(entry.spellId), `spells[${index}].spellId`),
    );
  }
  if (campaign.allowedClasses) {
    const allowed = new Set(campaign.allowedClasses);
    for (const resolved of classes)
      if (!allowed.has(resolved.entry.classId))
        report(
          validation,
          'campaign.class',
          `classes[${resolved.index}].classId`,
          `${resolved.name} is not allowed in this campaign.`,
          'Choose an allowed class.',
        );
  }
  if (campaign.allowedSpecies && build.speciesId !== undefined && !campaign.allowedSpecies.includes(build.speciesId))
    report(
      validation,
      'campaign.species',
      'speciesId',
      `${species?.name ?? build.speciesId} is not allowed in this campaign.`,
      'Choose an allowed species.',
    );
  if (campaign.startingLevel !== undefined && totalLevel < campaign.startingLevel)
    report(
      validation,
      'campaign.starting-level',
      'classes',
      `This campaign starts at level ${campaign.startingLevel}; the character is level ${totalLevel}.`,
      `Level the character to ${campaign.startingLevel}.`,
    );
  if (campaign.levelRange && (totalLevel < campaign.levelRange.min || totalLevel > campaign.levelRange.max))
    report(
      validation,
      'campaign.level-range',
      'classes',
      `This campaign allows levels ${campaign.levelRange.min}–${campaign.levelRange.max}; the character is level ${totalLevel}.`,
    );
  if (campaign.bannedItems && campaign.bannedItems.length > 0) {
    const banned = new Set(campaign.bannedItems);
    for (const item of items)
      if (banned.has(item.entry.itemId) || (item.magic?.baseItemId !== undefined && banned.has(item.magic.baseItemId)))
        report(
          validation,
          'campaign.banned-item',
          `equipment[${item.index}].itemId`,
          `${item.name} is banned in this campaign.`,
          'Remove it from the inventory.',
        );
  }
}
