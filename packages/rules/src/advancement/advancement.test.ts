import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkillId } from '../model/basics.js';
import type { CharacterBuild } from '../model/character-build.js';
import { ADVANCEMENT_CATALOG as catalog, NOT_A_CLASS_SKILL } from './__fixtures__/catalog.js';
import type { AdvancementResult } from './choices.js';
import { type CreationResult, type GuidedCharacterInput, createCharacterBuild } from './create.js';
import { canLevelUp, experienceForLevel, levelsAvailable } from './experience.js';
import { type LevelUpInput, levelUp, undoLastLevel } from './level-up.js';

function built(result: AdvancementResult | CreationResult): CharacterBuild {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} at ${result.path}: ${result.message}`);
  return result.build;
}

/** A human fighter: standard array, Soldier (+2 STR, +1 CON), Alert from Versatile. */
const FIGHTER: GuidedCharacterInput = {
  speciesId: 'human',
  size: 'medium',
  speciesSkills: ['perception'],
  speciesFeat: { featId: 'alert' },
  backgroundId: 'soldier',
  backgroundIncreases: { str: 2, con: 1 },
  classId: 'fighter',
  abilityScores: { method: 'standard-array', base: { str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 } },
  skills: ['acrobatics', 'survival'],
  firstLevel: { featureFeats: [{ featId: 'defense' }] },
  equipment: { classOption: 0, background: 'gold' },
};

describe('createCharacterBuild', () => {
  it('builds a level 1 character with background, species and class choices', () => {
    const result = createCharacterBuild(FIGHTER, catalog);
    if (!result.ok) throw new Error(result.message);
    expect(result.startingGold).toBe(4 + 50);
    expect(result.build).toMatchObject({
      edition: '2024',
      speciesId: 'human',
      size: 'medium',
      backgroundId: 'soldier',
      classes: [{ classId: 'fighter', level: 1 }],
      skillProficiencies: ['athletics', 'intimidation', 'acrobatics', 'survival', 'perception'],
      feats: [
        { featId: 'savage-attacker', source: { kind: 'background' } },
        { featId: 'alert', source: { kind: 'species' } },
        { featId: 'defense', source: { kind: 'class-level', classId: 'fighter', level: 1 } },
      ],
      equipment: [
        { itemId: 'chain-mail', quantity: 1, equipped: false, attuned: false },
        { itemId: 'greatsword', quantity: 1, equipped: false, attuned: false },
        { itemId: 'dungeoneers-pack', quantity: 1, equipped: false, attuned: false },
      ],
    });
    expect(result.build.levelHistory).toEqual([
      {
        classId: 'fighter',
        characterLevel: 1,
        classLevel: 1,
        newClass: true,
        hitPoints: 'maximum',
        feats: [{ featId: 'defense', source: { kind: 'class-level', classId: 'fighter', level: 1 } }],
      },
    ]);
  });

  it('merges background items with the class package (option A for both) and counts category picks', () => {
    const input: GuidedCharacterInput = {
      ...FIGHTER,
      classId: 'wizard',
      backgroundId: 'sage',
      backgroundIncreases: { int: 2, con: 1 },
      skills: ['investigation', 'medicine'],
      firstLevel: {},
      equipment: { classOption: 0, background: 'items', picks: ['crystal'] },
    };
    const result = createCharacterBuild(input, catalog);
    if (!result.ok) throw new Error(result.message);
    expect(result.startingGold).toBe(13);
    expect(result.build.equipment.find((entry) => entry.itemId === 'quarterstaff')?.quantity).toBe(2);
    expect(
      createCharacterBuild({ ...input, equipment: { classOption: 0, background: 'items' } }, catalog),
    ).toMatchObject({
      reason: 'equipment-choice-required',
      path: 'equipment.picks',
    });
  });

  it.each<[string, Partial<GuidedCharacterInput>, string, string]>([
    ['unknown species', { speciesId: 'tortle' }, 'unknown-species', 'speciesId'],
    ['size not chosen', { size: undefined }, 'size-required', 'size'],
    ['size not offered', { size: 'large' }, 'invalid-size', 'size'],
    [
      'elf without a lineage',
      { speciesId: 'elf', size: undefined, speciesFeat: undefined },
      'lineage-required',
      'lineageId',
    ],
    [
      'lineage of another species',
      { speciesId: 'dwarf', lineageId: 'elven-lineage-drow' },
      'unknown-lineage',
      'lineageId',
    ],
    [
      'standard array misused',
      { abilityScores: { method: 'standard-array', base: { str: 15, dex: 15, con: 14, int: 8, wis: 12, cha: 10 } } },
      'invalid-ability-scores',
      'abilityScores',
    ],
    [
      'point buy over budget',
      { abilityScores: { method: 'point-buy', base: { str: 15, dex: 15, con: 15, int: 9, wis: 8, cha: 8 } } },
      'invalid-ability-scores',
      'abilityScores',
    ],
    [
      'point buy above 15',
      { abilityScores: { method: 'point-buy', base: { str: 16, dex: 8, con: 8, int: 8, wis: 8, cha: 8 } } },
      'invalid-ability-scores',
      'abilityScores',
    ],
    [
      'background +2/+2',
      { backgroundIncreases: { str: 2, con: 2 } },
      'invalid-background-increases',
      'backgroundIncreases',
    ],
    [
      'background ability not offered',
      { backgroundIncreases: { str: 2, wis: 1 } },
      'invalid-background-increases',
      'backgroundIncreases',
    ],
    ['one class skill short', { skills: ['acrobatics'] }, 'invalid-skills', 'skills'],
    ['class skill off the list', { skills: ['acrobatics', NOT_A_CLASS_SKILL] }, 'invalid-skills', 'skills'],
    ['class skill repeating the background', { skills: ['acrobatics', 'athletics'] }, 'invalid-skills', 'skills'],
    ['Skillful not chosen', { speciesSkills: [] }, 'invalid-skills', 'speciesSkills'],
    ['Versatile not chosen', { speciesFeat: undefined }, 'feat-required', 'speciesFeat'],
    ['Versatile with a general feat', { speciesFeat: { featId: 'grappler' } }, 'feat-not-allowed', 'speciesFeat'],
    ['Fighting Style not chosen', { firstLevel: {} }, 'feat-required', 'firstLevel.featureFeats'],
    [
      'Fighting Style with an origin feat',
      { firstLevel: { featureFeats: [{ featId: 'alert' }] } },
      'feat-not-allowed',
      'firstLevel.featureFeats[0]',
    ],
    [
      'no class equipment option 5',
      { equipment: { classOption: 5, background: 'gold' } },
      'invalid-equipment-choice',
      'equipment.classOption',
    ],
    [
      'class equipment not chosen',
      { equipment: { background: 'gold' } },
      'equipment-choice-required',
      'equipment.classOption',
    ],
    ['level 21', { level: 21 }, 'invalid-level', 'level'],
    ['level 3 without a subclass', { level: 3 }, 'subclass-required', 'levels[1].subclassId'],
  ])('%s', (_name, change, reason, path) => {
    expect(createCharacterBuild({ ...FIGHTER, ...change }, catalog)).toMatchObject({ ok: false, reason, path });
  });

  it('cleric: Divine Order must be picked at level 1; rogue: Expertise in proficient skills', () => {
    const cleric: GuidedCharacterInput = {
      ...FIGHTER,
      classId: 'cleric',
      skills: ['insight', 'medicine'],
      firstLevel: { spells: { add: [{ spellId: 'light' }, { spellId: 'cure-wounds' }] } },
      equipment: { classOption: 0, background: 'gold' },
    };
    expect(createCharacterBuild(cleric, catalog)).toMatchObject({
      reason: 'feature-option-required',
      path: 'firstLevel.featureOptions.divine-order',
    });
    const withOrder = built(
      createCharacterBuild(
        { ...cleric, firstLevel: { ...cleric.firstLevel, featureOptions: { 'divine-order': 'protector' } } },
        catalog,
      ),
    );
    expect(withOrder.featureOptions).toEqual({ 'divine-order': 'protector' });
    expect(withOrder.spells).toEqual([
      { classId: 'cleric', spellId: 'light', prepared: true },
      { classId: 'cleric', spellId: 'cure-wounds', prepared: true },
    ]);

    const rogue: GuidedCharacterInput = {
      ...FIGHTER,
      classId: 'rogue',
      abilityScores: { method: 'standard-array', base: { str: 8, dex: 15, con: 14, int: 13, wis: 12, cha: 10 } },
      backgroundIncreases: { dex: 2, con: 1 },
      skills: ['stealth', 'sleight-of-hand', 'deception', 'persuasion'],
      firstLevel: { expertise: ['stealth', 'history' as SkillId] },
      equipment: { classOption: 0, background: 'gold' },
    };
    expect(createCharacterBuild(rogue, catalog)).toMatchObject({ reason: 'invalid-expertise' });
    const ok = built(createCharacterBuild({ ...rogue, firstLevel: { expertise: ['stealth', 'athletics'] } }, catalog));
    expect(ok.skillExpertise).toEqual(['stealth', 'athletics']);
  });

  it('starts at a higher level with the choices each level needs (HP fixed by default)', () => {
    const levels: Partial<LevelUpInput>[] = [
      { hitPoints: { method: 'rolled', roll: 8 } }, // 2
      { subclassId: 'champion' }, // 3
      { feat: { featId: 'ability-score-improvement', abilityIncreases: { str: 2 } } }, // 4
      {}, // 5
      { feat: { featId: 'grappler', abilityIncreases: { dex: 1 } } }, // 6
    ];
    const build = built(createCharacterBuild({ ...FIGHTER, level: 6, levels }, catalog));
    expect(build.classes).toEqual([{ classId: 'fighter', level: 6, subclassId: 'champion', hitPointRolls: [8] }]);
    expect(build.feats.map((feat) => feat.featId)).toEqual([
      'savage-attacker',
      'alert',
      'defense',
      'ability-score-improvement',
      'grappler',
    ]);
    expect(build.levelHistory).toHaveLength(6);
    expect(createCharacterBuild({ ...FIGHTER, level: 6, levels: levels.slice(0, 3) }, catalog)).toMatchObject({
      reason: 'feat-required',
      path: 'levels[4].feat',
    });
    expect(createCharacterBuild({ ...FIGHTER, level: 2, levels }, catalog)).toMatchObject({
      reason: 'invalid-level',
      path: 'levels',
    });
  });
});

function fighterAt(level: number): CharacterBuild {
  const levels: Partial<LevelUpInput>[] = [
    {},
    { subclassId: 'champion' },
    { feat: { featId: 'ability-score-improvement', abilityIncreases: { str: 1, con: 1 } } },
  ];
  return built(createCharacterBuild({ ...FIGHTER, level, levels: levels.slice(0, level - 1) }, catalog));
}

describe('levelUp', () => {
  it('adds a level with fixed or rolled hit points', () => {
    const two = built(levelUp(fighterAt(1), { classId: 'fighter', hitPoints: { method: 'fixed' } }, catalog));
    expect(two.classes).toEqual([{ classId: 'fighter', level: 2 }]);
    const rolled = built(
      levelUp(two, { classId: 'fighter', hitPoints: { method: 'rolled', roll: 3 }, subclassId: 'champion' }, catalog),
    );
    // Level 2 was fixed: its slot is written as the fixed value (6) so the roll lands on level 3.
    expect(rolled.classes[0]).toEqual({ classId: 'fighter', level: 3, subclassId: 'champion', hitPointRolls: [6, 3] });
    expect(
      levelUp(two, { classId: 'fighter', hitPoints: { method: 'rolled', roll: 11 }, subclassId: 'champion' }, catalog),
    ).toMatchObject({
      reason: 'invalid-hit-points',
    });
  });

  it.each<[string, number, LevelUpInput, string]>([
    ['subclass missing at 3', 2, { classId: 'fighter' }, 'subclass-required'],
    ['subclass of another class', 2, { classId: 'fighter', subclassId: 'evoker' }, 'unknown-subclass'],
    ['subclass too early', 1, { classId: 'fighter', subclassId: 'champion' }, 'subclass-not-allowed'],
    ['feat missing at 4', 3, { classId: 'fighter' }, 'feat-required'],
    [
      'feat at a level without one',
      2,
      { classId: 'fighter', subclassId: 'champion', feat: { featId: 'alert' } },
      'feat-not-allowed',
    ],
    [
      'ASI of only +1',
      3,
      { classId: 'fighter', feat: { featId: 'ability-score-improvement', abilityIncreases: { str: 1 } } },
      'invalid-ability-increase',
    ],
    [
      'ASI of +3',
      3,
      { classId: 'fighter', feat: { featId: 'ability-score-improvement', abilityIncreases: { dex: 2, wis: 1 } } },
      'invalid-ability-increase',
    ],
    ['a non-repeatable feat twice', 3, { classId: 'fighter', feat: { featId: 'alert' } }, 'feat-already-taken'],
    [
      'an epic boon at level 4',
      3,
      { classId: 'fighter', feat: { featId: 'boon-of-combat-prowess', abilityIncreases: { str: 1 } } },
      'feat-prerequisites',
    ],
    ['unknown class', 1, { classId: 'artificer' }, 'unknown-class'],
    ['multiclass without INT 13', 1, { classId: 'wizard' }, 'multiclass-prerequisites'],
    [
      'a spell off the class list',
      1,
      { classId: 'fighter', spells: { add: [{ spellId: 'fireball' }] } },
      'invalid-spells',
    ],
  ])('typed error: %s', (_name, from, input, reason) => {
    expect(levelUp(fighterAt(from), input, catalog)).toMatchObject({ ok: false, reason });
  });

  it('multiclass checks the old class too, and asks for the new class’s skill choice', () => {
    // DEX 15 after the background: the fighter qualifies (STR or DEX 13) and so does the rogue.
    const agile = fighterAt(1);
    expect(levelUp(agile, { classId: 'rogue' }, catalog)).toMatchObject({ reason: 'invalid-skills' });
    const rogue = built(
      levelUp(agile, { classId: 'rogue', skills: ['stealth'], expertise: ['stealth', 'athletics'] }, catalog),
    );
    expect(rogue.classes.map((entry) => [entry.classId, entry.level])).toEqual([
      ['fighter', 1],
      ['rogue', 1],
    ]);
    expect(rogue.skillProficiencies).toContain('stealth');

    // A fighter with STR and DEX below 13 does not qualify as the old class.
    const weak = {
      ...agile,
      abilityScores: { ...agile.abilityScores, base: { ...agile.abilityScores.base, str: 10, dex: 12 } },
      backgroundIncreases: { con: 1, dex: 0, str: 0 },
    };
    const refused = levelUp(
      { ...weak, abilityScores: { ...weak.abilityScores, base: { ...weak.abilityScores.base, int: 14 } } },
      { classId: 'wizard' },
      catalog,
    );
    expect(refused).toMatchObject({ reason: 'multiclass-prerequisites' });
    if (!refused.ok) expect(refused.message).toContain('Fighter needs Strength 13 or Dexterity 13');
  });

  it('a wizard adds spells up to its castable level; swapping removes one', () => {
    const wizardInput: GuidedCharacterInput = {
      ...FIGHTER,
      classId: 'wizard',
      backgroundId: 'sage',
      backgroundIncreases: { int: 2, con: 1 },
      abilityScores: { method: 'standard-array', base: { str: 8, dex: 13, con: 14, int: 15, wis: 12, cha: 10 } },
      skills: ['investigation', 'medicine'],
      firstLevel: { spells: { add: [{ spellId: 'fire-bolt' }, { spellId: 'magic-missile' }] } },
      equipment: { classOption: 1, background: 'gold' },
    };
    const one = built(createCharacterBuild(wizardInput, catalog));
    expect(levelUp(one, { classId: 'wizard', spells: { add: [{ spellId: 'misty-step' }] } }, catalog)).toMatchObject({
      reason: 'invalid-spells',
    });
    const two = built(
      levelUp(one, { classId: 'wizard', spells: { add: [{ spellId: 'shield' }], remove: ['magic-missile'] } }, catalog),
    );
    expect(two.spells.map((entry) => entry.spellId)).toEqual(['fire-bolt', 'shield']);
    const three = built(
      levelUp(
        two,
        { classId: 'wizard', subclassId: 'evoker', spells: { add: [{ spellId: 'misty-step', prepared: false }] } },
        catalog,
      ),
    );
    expect(three.spells.at(-1)).toEqual({ classId: 'wizard', spellId: 'misty-step', prepared: false });
    expect(built(undoLastLevel(three))).toEqual(two);
    expect(built(undoLastLevel(two))).toEqual(one);
  });

  it('an ASI cannot raise a score above 20; the error names the field', () => {
    const three = fighterAt(3);
    const strong = {
      ...three,
      abilityScores: { ...three.abilityScores, base: { ...three.abilityScores.base, str: 18 } },
    };
    const asi = { featId: 'ability-score-improvement', abilityIncreases: { str: 2 } };
    expect(levelUp(strong, { classId: 'fighter', feat: asi }, catalog)).toMatchObject({
      ok: false,
      reason: 'invalid-ability-increase',
      path: 'feat.abilityIncreases',
    });
    expect(levelUp(three, { classId: 'fighter', feat: asi }, catalog).ok).toBe(true);
  });

  it('stops at level 20', () => {
    const build = fighterAt(1);
    const at20: CharacterBuild = { ...build, classes: [{ classId: 'fighter', level: 20, subclassId: 'champion' }] };
    expect(levelUp(at20, { classId: 'fighter' }, catalog)).toMatchObject({ reason: 'max-level' });
  });
});

describe('undoLastLevel', () => {
  it('returns the build before the level, exactly', () => {
    const three = fighterAt(3);
    const four = built(
      levelUp(
        three,
        {
          classId: 'fighter',
          hitPoints: { method: 'rolled', roll: 9 },
          feat: { featId: 'ability-score-improvement', abilityIncreases: { con: 2 } },
        },
        catalog,
      ),
    );
    expect(undoLastLevel(four)).toStrictEqual({ ok: true, build: three });
  });

  it('refuses without history, at level 1, and when the build no longer matches', () => {
    const one = fighterAt(1);
    expect(undoLastLevel({ ...one, levelHistory: undefined })).toMatchObject({ reason: 'no-level-history' });
    expect(undoLastLevel(one)).toMatchObject({ reason: 'cannot-undo-first-level' });
    const two = fighterAt(2);
    expect(undoLastLevel({ ...two, classes: [{ classId: 'fighter', level: 5 }] })).toMatchObject({
      reason: 'history-mismatch',
    });
  });

  it('a hand-entered build levelled up loses the history again on undo', () => {
    const { levelHistory: _, ...paper } = fighterAt(1);
    const two = built(levelUp(paper, { classId: 'fighter' }, catalog));
    expect(built(undoLastLevel(two))).toStrictEqual(paper);
  });
});

describe('experience (2024 table)', () => {
  it.each([
    [1, 0],
    [2, 300],
    [5, 6500],
    [11, 85000],
    [20, 355000],
  ])('level %i needs %i XP', (level, xp) => {
    expect(experienceForLevel(level)).toBe(xp);
  });

  it('is null outside 1–20; level-up availability follows the table', () => {
    expect(experienceForLevel(0)).toBeNull();
    expect(experienceForLevel(21)).toBeNull();
    expect(canLevelUp(299, 1)).toBe(false);
    expect(canLevelUp(300, 1)).toBe(true);
    expect(canLevelUp(1_000_000, 20)).toBe(false);
    expect(levelsAvailable(2700, 1)).toBe(3);
  });
});

// ------------------------------------------------------------------------------- property

const CLASSES = ['fighter', 'wizard', 'rogue', 'cleric'] as const;

/** Fills in whatever a level needs, the way a player clicking through the wizard would. */
function choicesFor(build: CharacterBuild, classId: string, roll: number | null, pickSpell: boolean): LevelUpInput {
  const definition = catalog.classes.get(classId)!;
  const entry = build.classes.find((other) => other.classId === classId);
  const classLevel = (entry?.level ?? 0) + 1;
  const features = definition.features.filter((feature) => feature.level === classLevel);
  const input: LevelUpInput = {
    classId,
    hitPoints: roll === null ? { method: 'fixed' } : { method: 'rolled', roll: Math.min(roll, definition.hitDie) },
  };
  if (classLevel === definition.subclassLevel && entry?.subclassId === undefined)
    input.subclassId = [...catalog.subclasses.values()].find((subclass) => subclass.classId === classId)!.id;
  if (definition.featLevels.includes(classLevel)) {
    const level = build.classes.reduce((sum, other) => sum + other.level, 0) + 1;
    input.feat =
      level >= 19 && !build.feats.some((feat) => feat.featId === 'boon-of-combat-prowess')
        ? { featId: 'boon-of-combat-prowess', abilityIncreases: { cha: 1 } }
        : { featId: 'skilled' };
  }
  const styles = features.filter((feature) => feature.grantsFeatCategory === 'fighting-style');
  if (styles.length > 0)
    input.featureFeats = [{ featId: build.feats.some((feat) => feat.featId === 'defense') ? 'archery' : 'defense' }];
  const options = features.find((feature) => feature.options);
  if (options) input.featureOptions = { [options.id]: options.options![0]!.id };
  const skillCount = entry === undefined ? (definition.multiclass.skillChoices?.count ?? 0) : 0;
  if (skillCount > 0)
    input.skills = definition.multiclass
      .skillChoices!.from.filter((skill) => !build.skillProficiencies.includes(skill))
      .slice(0, skillCount);
  const expertise = features.reduce((sum, feature) => sum + (feature.expertiseChoices?.count ?? 0), 0);
  if (expertise > 0)
    input.expertise = [...build.skillProficiencies, ...(input.skills ?? [])]
      .filter((skill) => !build.skillExpertise.includes(skill))
      .slice(0, expertise);
  if (pickSpell && definition.spellcasting) {
    const known = new Set(build.spells.filter((spell) => spell.classId === classId).map((spell) => spell.spellId));
    const spell = [...catalog.spells.values()].find(
      (candidate) => candidate.classes.includes(classId) && candidate.level <= 1 && !known.has(candidate.id),
    );
    if (spell) input.spells = { add: [{ spellId: spell.id }], ...(known.size > 0 ? { remove: [[...known][0]!] } : {}) };
  }
  return input;
}

describe('advancement properties', () => {
  const start = built(
    createCharacterBuild(
      {
        ...FIGHTER,
        abilityScores: { method: 'manual', base: { str: 13, dex: 13, con: 14, int: 13, wis: 13, cha: 10 } },
      },
      catalog,
    ),
  );

  it('levelUp then undoLastLevel returns the original build, at every step of any level path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            classId: fc.constantFrom(...CLASSES),
            roll: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
            spell: fc.boolean(),
          }),
          { minLength: 1, maxLength: 19 },
        ),
        (steps) => {
          const builds: CharacterBuild[] = [start];
          let build = start;
          for (const step of steps) {
            const result = levelUp(build, choicesFor(build, step.classId, step.roll, step.spell), catalog);
            if (!result.ok) {
              // Only rules the generator does not try to satisfy may refuse a level.
              expect(['max-level', 'multiclass-prerequisites']).toContain(result.reason);
              continue;
            }
            expect(undoLastLevel(result.build)).toStrictEqual({ ok: true, build });
            build = result.build;
            builds.push(build);
          }
          // And all the way back down.
          for (let i = builds.length - 1; i > 0; i--) {
            build = built(undoLastLevel(build));
            expect(build).toStrictEqual(builds[i - 1]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
