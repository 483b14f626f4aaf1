import { listOf, type ResolvedClass } from './context.js';
import type { DerivedSpellcasting } from './derived-character.js';
import { MAX_ATTUNED_ITEMS } from './derive.js';
import { className, report, type ValidationContext } from './validation-context.js';

/** What the spell list says about one class id of the build, gathered in one pass. */
interface ClassSpells {
  classId: string;
  /** The first class entry with this id, and its derived spellcasting (none for non-casters). */
  resolved: ResolvedClass | undefined;
  casting: DerivedSpellcasting | undefined;
  /** Spell ids listed so far (a duplicate is the same spell twice for one class). */
  seen: Set<string>;
  cantrips: number;
  prepared: number;
}

/** Spells: known ids, a casting class in the build, on its list, within its spell level, within counts. */
export function validateSpells(validation: ValidationContext): void {
  const { build, catalog, classes } = validation.context;
  const spells = listOf(build.spells);
  // One lookup per spell instead of a scan of the classes and the spellcasting list for each.
  const byClass = new Map<string, ClassSpells>();
  const forClass = (classId: string): ClassSpells => {
    let found = byClass.get(classId);
    if (!found) {
      found = {
        classId,
        resolved: classes.find((candidate) => candidate.entry.classId === classId),
        casting: validation.derived.spellcasting.find((candidate) => candidate.classId === classId),
        seen: new Set(),
        cantrips: 0,
        prepared: 0,
      };
      byClass.set(classId, found);
    }
    return found;
  };
  // Classes in the order their first spell is counted (the order count issues are reported in).
  const counted: ClassSpells[] = [];
  spells.forEach((entry, index) => {
    const spell = catalog.spells.get(entry.spellId);
    if (!spell) {
      report(
        validation,
        'spells.unknown',
        `spells[${index}].spellId`,
        `Spell "${entry.spellId}" is not in the catalog.`,
      );
      return;
    }
    const state = forClass(entry.classId);
    if (state.seen.has(spell.id))
      report(
        validation,
        'spells.duplicate',
        `spells[${index}]`,
        `${spell.name} is listed twice for ${className(validation, entry.classId)}.`,
        'Remove the duplicate.',
      );
    state.seen.add(spell.id);
    const { resolved, casting } = state;
    if (!resolved) {
      report(
        validation,
        'spells.class-not-taken',
        `spells[${index}].classId`,
        `${spell.name} is recorded for ${className(validation, entry.classId)}, a class this character does not have.`,
        'Record it under one of the character’s classes.',
      );
      return;
    }
    if (!casting || !resolved.spellcasting) {
      report(
        validation,
        'spells.not-a-caster',
        `spells[${index}].classId`,
        `${resolved.name} ${resolved.level} cannot cast spells.`,
        'Remove the spell, or record it under a spellcasting class.',
      );
      return;
    }
    if (!spell.classes.includes(resolved.spellcasting.spellList))
      report(
        validation,
        'spells.class-list',
        `spells[${index}].spellId`,
        `${spell.name} is not on the ${resolved.name} spell list.`,
        'Keep it only if a feature (a subclass’s always-prepared spells, a feat) grants it.',
      );
    if (spell.level > casting.maxSpellLevel)
      report(
        validation,
        'spells.level',
        `spells[${index}].spellId`,
        `${spell.name} is a level ${spell.level} spell; ${resolved.name} ${resolved.level} casts up to level ${casting.maxSpellLevel}.`,
        `Choose a spell of level ${casting.maxSpellLevel} or lower.`,
      );
    if (!counted.includes(state)) counted.push(state);
    if (spell.level === 0) state.cantrips++;
    else if (entry.prepared) state.prepared++;
  });
  for (const { classId, casting, cantrips, prepared } of counted) {
    if (!casting) continue;
    const index = classes.findIndex((candidate) => candidate.entry.classId === classId);
    if (cantrips > casting.cantripsKnown)
      report(
        validation,
        'spells.cantrip-count',
        'spells',
        `${className(validation, classId)} knows ${casting.cantripsKnown} cantrip${casting.cantripsKnown === 1 ? '' : 's'}; ${cantrips} are listed.`,
        'Remove cantrips.',
      );
    if (prepared > casting.preparedSpells)
      report(
        validation,
        'spells.prepared-count',
        `classes[${index}]`,
        `${className(validation, classId)} prepares ${casting.preparedSpells} spell${casting.preparedSpells === 1 ? '' : 's'}; ${prepared} are prepared.`,
        'Unprepare spells until the count fits.',
      );
  }
}

/** Items: known ids, quantities, armor training and STR, one armor and one shield, attunement. */
export function validateEquipment(validation: ValidationContext): void {
  const { items, armor, shield } = validation.context;
  const { derived } = validation;
  let armorCount = 0;
  let shieldCount = 0;
  let attuned = 0;
  for (const item of items) {
    const { entry } = item;
    if (!item.known)
      report(
        validation,
        'equipment.unknown',
        `equipment[${item.index}].itemId`,
        `Item "${entry.itemId}" is not in the catalog.`,
      );
    if (!Number.isInteger(entry.quantity) || entry.quantity < 1)
      report(
        validation,
        'equipment.quantity',
        `equipment[${item.index}].quantity`,
        `Quantity must be a whole number of at least 1; ${item.name} has ${String(entry.quantity)}.`,
      );
    if (entry.equipped && item.base?.kind === 'armor') {
      if (item.base.category === 'shield') shieldCount++;
      else armorCount++;
      if (!derived.proficiencies.armor.includes(item.base.category))
        report(
          validation,
          'equipment.armor.proficiency',
          `equipment[${item.index}].equipped`,
          `You are not trained with ${item.base.category === 'shield' ? 'shields' : `${item.base.category} armor`}: wearing ${item.name} gives disadvantage on STR and DEX rolls and you cannot cast spells.`,
          'Take it off, or gain the armor training.',
        );
    }
    if (entry.attuned) {
      attuned++;
      if (!item.magic?.requiresAttunement)
        report(
          validation,
          'attunement.not-required',
          `equipment[${item.index}].attuned`,
          `${item.name} does not need attunement.`,
          'Clear its attuned mark; it does not use an attunement slot.',
        );
    }
  }
  if (armor && armor.base.strengthMinimum > derived.abilities.str.score.value)
    report(
      validation,
      'equipment.armor.strength',
      `equipment[${armor.index}].equipped`,
      `${armor.name} needs STR ${armor.base.strengthMinimum}; with STR ${derived.abilities.str.score.value} your speed drops by 10 feet.`,
    );
  if (armorCount > 1 || shieldCount > 1)
    report(
      validation,
      'equipment.armor.multiple',
      'equipment',
      `Only one suit of armor and one shield count; ${armorCount > 1 ? `${armorCount} armors` : `${shieldCount} shields`} are equipped (${armorCount > 1 ? armor?.name : shield?.name} is used).`,
      'Unequip the extras.',
    );
  if (attuned > MAX_ATTUNED_ITEMS)
    report(
      validation,
      'attunement.max',
      'equipment',
      `A character can be attuned to at most ${MAX_ATTUNED_ITEMS} items; ${attuned} are attuned.`,
      'End attunement to the extras.',
    );
}
