import type { Size } from '../model/basics.js';
import type { ClassLevels, EquipmentEntry } from '../model/character-build.js';
import type {
  Armor,
  Background,
  ClassDefinition,
  ClassFeature,
  ClassSpellcasting,
  Equipment,
  Lineage,
  MagicItem,
  RulesCatalog,
  Species,
  Subclass,
} from '../model/content.js';
import type { CharacterBuild } from '../model/character-build.js';
import type { Effect } from '../model/effects.js';
import type { RuleProfile } from '../profiles/rule-profile.js';
import { MAX_LEVEL } from '../tables/proficiency.js';
import type { AbilityResult } from './abilities.js';

/** Where an active effect came from; per-level effects of class features count that class's levels. */
export type EffectOrigin = 'class' | 'subclass' | 'species' | 'lineage' | 'feat' | 'item';

export interface ActiveEffect {
  effect: Effect;
  /** Display name for breakdowns (`Cloak of Protection`, `Tough`). */
  source: string;
  /** Id of the feature, trait, feat or item. */
  sourceId: string;
  origin: EffectOrigin;
  /** Levels of the class that grants it (class and subclass features). */
  classLevel?: number;
}

export interface ResolvedClass {
  entry: ClassLevels;
  index: number;
  definition: ClassDefinition | undefined;
  /** The subclass, when it exists and belongs to this class. */
  subclass: Subclass | undefined;
  /** Class level as used for tables: an integer in 0–20 whatever the build says. */
  level: number;
  name: string;
  spellcasting: ClassSpellcasting | undefined;
  /** Extra cantrips from chosen feature options (Thaumaturge, Magician). */
  bonusCantrips: number;
}

export interface ResolvedItem {
  entry: EquipmentEntry;
  index: number;
  name: string;
  /** The mundane item: the entry itself, or the base of a magic item. */
  base: Equipment | undefined;
  magic: MagicItem | undefined;
  known: boolean;
  /** Whether its effects apply: equipped, and attuned when it needs attunement. */
  active: boolean;
}

export interface BuildContext {
  build: CharacterBuild;
  catalog: RulesCatalog;
  profile: RuleProfile;
  classes: ResolvedClass[];
  /** Sum of the (sanitized) class levels, 0–20 per class. */
  totalLevel: number;
  /** Level for tables that need 1–20. */
  tableLevel: number;
  species: Species | undefined;
  lineage: Lineage | undefined;
  background: Background | undefined;
  size: Size;
  items: ResolvedItem[];
  armor: (ResolvedItem & { base: Armor }) | undefined;
  shield: (ResolvedItem & { base: Armor }) | undefined;
  effects: ActiveEffect[];
  /** Ability scores, once computed (see `deriveAbilities`). */
  abilityResult?: AbilityResult;
}

export function sanitizeLevel(level: unknown): number {
  return typeof level === 'number' && Number.isFinite(level) ? Math.min(MAX_LEVEL, Math.max(0, Math.floor(level))) : 0;
}

/** A feature's effects at a class level: the last `scaling` step reached replaces the base effects. */
export function featureEffects(feature: ClassFeature, classLevel: number): readonly Effect[] {
  let effects: readonly Effect[] = feature.effects;
  if (feature.scaling) for (const step of feature.scaling) if (step.level <= classLevel) effects = step.effects;
  return effects;
}

function isArmor(item: Equipment | undefined): item is Armor {
  return item?.kind === 'armor';
}

/**
 * Looks up everything the build references and collects the effects in force. Unknown ids are
 * skipped here (validation reports them), so a sheet can always be derived.
 */
export function resolveBuild(build: CharacterBuild, catalog: RulesCatalog, profile: RuleProfile): BuildContext {
  // A Map of the profile's own overrides: looking up every feature id on the plain object is a
  // slow missed-property lookup (and would find Object.prototype members for ids like `constructor`).
  const overrides = new Map(Object.entries(profile.effectOverrides));
  const effects: ActiveEffect[] = [];
  const add = (
    list: readonly Effect[],
    sourceId: string,
    source: string,
    origin: EffectOrigin,
    classLevel?: number,
  ): void => {
    const chosen = overrides.get(sourceId) ?? list;
    if (chosen.length === 0) return;
    for (const effect of chosen) effects.push({ effect, source, sourceId, origin, classLevel });
  };

  const featureOptions = build.featureOptions;
  const classes: ResolvedClass[] = [];
  let totalLevel = 0;
  const classEntries = listOf(build.classes);
  for (let index = 0; index < classEntries.length; index++) {
    const entry = classEntries[index];
    const definition = catalog.classes.get(entry.classId);
    const candidate = entry.subclassId === undefined ? undefined : catalog.subclasses.get(entry.subclassId);
    const subclass = candidate && candidate.classId === entry.classId ? candidate : undefined;
    const level = sanitizeLevel(entry.level);
    totalLevel += level;
    classes.push({
      entry,
      index,
      definition,
      subclass,
      level,
      name: definition?.name ?? entry.classId,
      spellcasting: definition?.spellcasting ?? subclass?.spellcasting,
      bonusCantrips: 0,
    });
    let bonusCantrips = 0;
    const addFeatures = (owner: FeatureOwner, origin: EffectOrigin): void => {
      for (const feature of featuresUpTo(owner, level)) {
        add(featureEffects(feature, level), feature.id, feature.name, origin, level);
        // Most features offer no options: skip the build lookup for those.
        const optionId = feature.options === undefined ? undefined : featureOptions?.[feature.id];
        const option = optionId === undefined ? undefined : feature.options?.find((entry) => entry.id === optionId);
        if (option) {
          add(option.effects, `${feature.id}:${option.id}`, `${feature.name} (${option.name})`, origin, level);
          bonusCantrips += option.bonusCantrips ?? 0;
        }
      }
    };
    if (definition) addFeatures(definition, 'class');
    if (subclass) addFeatures(subclass, 'subclass');
    classes[classes.length - 1].bonusCantrips = bonusCantrips;
  }

  const species = build.speciesId === undefined ? undefined : catalog.species.get(build.speciesId);
  const lineageCandidate = build.lineageId === undefined ? undefined : catalog.lineages.get(build.lineageId);
  const lineage =
    lineageCandidate && species && lineageCandidate.speciesId === species.id ? lineageCandidate : undefined;
  // Traits with a level apply from that character level on (Large Form at 5).
  if (species)
    for (const trait of species.traits)
      if ((trait.level ?? 1) <= Math.max(1, totalLevel)) add(trait.effects, trait.id, trait.name, 'species');
  if (lineage)
    for (const trait of lineage.traits)
      if ((trait.level ?? 1) <= Math.max(1, totalLevel)) add(trait.effects, trait.id, trait.name, 'lineage');
  const background = build.backgroundId === undefined ? undefined : catalog.backgrounds.get(build.backgroundId);

  for (const choice of listOf(build.feats)) {
    const feat = catalog.feats.get(choice.featId);
    if (!feat) continue;
    add(feat.effects, feat.id, feat.name, 'feat');
    if (choice.skills)
      for (const skill of choice.skills)
        effects.push({
          effect: { kind: 'skill-proficiency', skill },
          source: feat.name,
          sourceId: feat.id,
          origin: 'feat',
        });
  }

  const items: ResolvedItem[] = [];
  let armor: BuildContext['armor'];
  let shield: BuildContext['shield'];
  const equipment = listOf(build.equipment);
  for (let index = 0; index < equipment.length; index++) {
    const entry = equipment[index];
    // Mundane first: `shield` is both an equipment id and the SRD's family record of magic shields.
    const mundane = catalog.equipment.get(entry.itemId);
    const magic = mundane ? undefined : catalog.magicItems.get(entry.itemId);
    const baseId = magic?.baseItemId ?? entry.baseItemId;
    const base = mundane ?? (magic && baseId !== undefined ? catalog.equipment.get(baseId) : undefined);
    const type =
      magic && entry.typeId !== undefined ? magic.types?.find((candidate) => candidate.id === entry.typeId) : undefined;
    const active =
      magic !== undefined &&
      (magic.appliesWhen === 'used'
        ? entry.used === true
        : entry.equipped && (!magic.requiresAttunement || entry.attuned));
    const name = magic ? (type ? `${magic.name} (${type.name})` : magic.name) : (base?.name ?? entry.itemId);
    const item: ResolvedItem = {
      entry,
      index,
      name,
      base,
      magic,
      known: magic !== undefined || base !== undefined,
      active,
    };
    items.push(item);
    if (entry.equipped && isArmor(base)) {
      const worn = item as ResolvedItem & { base: Armor };
      if (base.category === 'shield') shield ??= worn;
      else armor ??= worn;
    }
    if (active && magic) add(type ? type.effects : magic.effects, magic.id, name, 'item');
  }

  const size = build.size ?? species?.sizes[0] ?? 'medium';
  return {
    build,
    catalog,
    profile,
    classes,
    totalLevel,
    tableLevel: Math.min(MAX_LEVEL, Math.max(1, totalLevel)),
    species,
    lineage,
    background,
    size,
    items,
    armor,
    shield,
    effects,
    // Declared up front so filling it in later keeps the object's shape.
    abilityResult: undefined,
  };
}

/** A list field of the build, or empty when a malformed build has something else there. */
export function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** A class or subclass record: what has features by class level. */
export type FeatureOwner = Pick<ClassDefinition | Subclass, 'features'>;

// Catalog records are immutable data, so each record's features up to a class level are filtered
// once and reused: derivation and several validators walk them on every call.
const featuresByLevel = new WeakMap<FeatureOwner, (readonly ClassFeature[] | undefined)[]>();

/** The record's features up to a class level (0–20), in catalog order. */
export function featuresUpTo(owner: FeatureOwner, level: number): readonly ClassFeature[] {
  let byLevel = featuresByLevel.get(owner);
  if (!byLevel) featuresByLevel.set(owner, (byLevel = []));
  return (byLevel[level] ??= owner.features.filter((feature) => feature.level <= level));
}

/** The class's and its subclass's features the character has at its class level. */
export function forEachFeature(resolved: ResolvedClass, visit: (feature: ClassFeature) => void): void {
  if (resolved.definition) for (const feature of featuresUpTo(resolved.definition, resolved.level)) visit(feature);
  if (resolved.subclass) for (const feature of featuresUpTo(resolved.subclass, resolved.level)) visit(feature);
}
