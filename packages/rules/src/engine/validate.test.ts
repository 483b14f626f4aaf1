import { afterAll, describe, expect, it } from 'vitest';

import type { CharacterBuild, EquipmentEntry } from '../model/character-build.js';
import { FIXTURE_CATALOG, build, scores } from './__fixtures__/catalog.js';
import { validateCharacter } from './validate.js';
import {
  type CampaignRuleProfile,
  VALIDATION_RULES,
  type ValidationIssue,
  type ValidationReport,
} from './validation-issue.js';

const reported = new Set<string>();

function check(character: CharacterBuild, campaign?: CampaignRuleProfile): ValidationReport {
  const report = validateCharacter(character, FIXTURE_CATALOG, { campaign });
  for (const issue of report.issues) reported.add(issue.ruleId);
  return report;
}

/** The issues with this rule id (at this path, when given). */
function issues(report: ValidationReport, ruleId: string, path?: string): ValidationIssue[] {
  return report.issues.filter((issue) => issue.ruleId === ruleId && (path === undefined || issue.path === path));
}

function expectIssue(
  character: CharacterBuild,
  ruleId: keyof typeof VALIDATION_RULES,
  path?: string,
  campaign?: CampaignRuleProfile,
) {
  const report = check(character, campaign);
  const found = issues(report, ruleId, path);
  expect(
    found,
    `${ruleId} at ${path ?? 'any path'} in ${JSON.stringify(report.issues.map((issue) => [issue.ruleId, issue.path]))}`,
  ).not.toHaveLength(0);
  const issue = found[0]!;
  expect(issue.severity).toBe(VALIDATION_RULES[ruleId]);
  expect(issue.message.length).toBeGreaterThan(10);
  if (issue.severity === 'error') expect(report.valid).toBe(false);
  return issue;
}

const item = (itemId: string, extra: Partial<EquipmentEntry> = {}): EquipmentEntry => ({
  itemId,
  quantity: 1,
  equipped: true,
  attuned: false,
  ...extra,
});

afterAll(() => {
  // Every rule the validator can report is exercised by at least one test here.
  expect([...Object.keys(VALIDATION_RULES)].filter((ruleId) => !reported.has(ruleId))).toEqual([]);
});

describe('a legal character', () => {
  it('has no errors (only reminders of choices left)', () => {
    const report = check(build());
    expect(report.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(report.valid).toBe(true);
  });
  it('a finished level-5 multiclass character is fully clean', () => {
    const report = check(
      build({
        speciesId: 'elf',
        lineageId: 'elven-lineage-drow',
        backgroundId: 'criminal',
        classes: [
          { classId: 'rogue', level: 4, subclassId: 'thief' },
          { classId: 'fighter', level: 1 },
        ],
        abilityScores: { method: 'point-buy', base: { str: 13, dex: 15, con: 14, int: 10, wis: 12, cha: 8 } },
        backgroundIncreases: { dex: 2, con: 1 },
        skillProficiencies: ['acrobatics', 'athletics', 'deception', 'insight', 'perception'],
        skillExpertise: ['stealth', 'perception'],
        feats: [
          { featId: 'alert', source: { kind: 'background' } },
          {
            featId: 'ability-score-improvement',
            source: { kind: 'class-level', classId: 'rogue', level: 4 },
            abilityIncreases: { dex: 2 },
          },
          { featId: 'defense', source: { kind: 'class-level', classId: 'fighter', level: 1 } },
        ],
        equipment: [item('leather-armor'), item('longsword'), item('rope', { equipped: false, quantity: 2 })],
      }),
    );
    expect(report.issues).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

describe('ability scores', () => {
  it('edition must be known', () => {
    expectIssue({ ...build(), edition: '5e' as never }, 'edition.unknown', 'edition');
  });
  it('method must be known, scores whole numbers', () => {
    expectIssue(
      build({ abilityScores: { method: 'dice' as never, base: build().abilityScores.base } }),
      'ability-scores.method',
      'abilityScores.method',
    );
    expectIssue(
      build({ abilityScores: { method: 'manual', base: { ...build().abilityScores.base, dex: 12.5 } } }),
      'ability-scores.integer',
      'abilityScores.base.dex',
    );
  });
  it('standard array: exactly 15, 14, 13, 12, 10, 8', () => {
    const issue = expectIssue(
      build({
        abilityScores: { method: 'standard-array', base: { str: 15, dex: 15, con: 13, int: 12, wis: 10, cha: 8 } },
      }),
      'ability-scores.standard-array',
      'abilityScores.base',
    );
    expect(issue.suggestion).toContain('15, 14, 13, 12, 10 and 8');
  });
  it('point buy: 8–15 each, 27 points', () => {
    expectIssue(
      build({ abilityScores: { method: 'point-buy', base: { str: 16, dex: 8, con: 8, int: 8, wis: 8, cha: 8 } } }),
      'ability-scores.point-buy.range',
      'abilityScores.base.str',
    );
    const over = expectIssue(
      build({ abilityScores: { method: 'point-buy', base: { str: 15, dex: 15, con: 15, int: 9, wis: 8, cha: 8 } } }),
      'ability-scores.point-buy.budget',
    );
    expect(over.message).toContain('28');
    expectIssue(
      build({ abilityScores: { method: 'point-buy', base: { str: 15, dex: 15, con: 8, int: 8, wis: 8, cha: 8 } } }),
      'ability-scores.point-buy.unspent',
    );
  });
  it('rolled: 3–18', () => {
    expectIssue(
      build({ abilityScores: { method: 'rolled', base: { str: 19, dex: 8, con: 8, int: 8, wis: 8, cha: 8 } } }),
      'ability-scores.rolled.range',
      'abilityScores.base.str',
    );
  });
  it('manual: 1–30, a warning above 20', () => {
    expectIssue(build({ abilityScores: scores({ wis: 31 }) }), 'ability-scores.manual.range', 'abilityScores.base.wis');
    const high = check(build({ abilityScores: scores({ wis: 22 }) }));
    expect(issues(high, 'ability-scores.manual.above-20', 'abilityScores.base.wis')).toHaveLength(1);
    expect(high.valid).toBe(true);
  });
});

describe('background increases', () => {
  it('+2/+1 or +1/+1/+1 only', () => {
    expectIssue(
      build({ backgroundIncreases: { str: 2, con: 2 } }),
      'background-increases.pattern',
      'backgroundIncreases',
    );
    expect(
      issues(check(build({ backgroundIncreases: { str: 1, dex: 1, con: 1 } })), 'background-increases.pattern'),
    ).toEqual([]);
  });
  it("only among the background's abilities", () => {
    const issue = expectIssue(
      build({ backgroundIncreases: { str: 2, wis: 1 } }),
      'background-increases.ability',
      'backgroundIncreases.wis',
    );
    expect(issue.message).toContain('Soldier');
  });
  it('not above 20', () => {
    expectIssue(
      build({ abilityScores: scores({ str: 19 }), backgroundIncreases: { str: 2, con: 1 } }),
      'background-increases.cap',
      'backgroundIncreases.str',
    );
  });
  it('need a background; missing ones are reminded', () => {
    expectIssue(build({ backgroundId: undefined }), 'background-increases.no-background', 'backgroundIncreases');
    expectIssue(build({ backgroundIncreases: undefined }), 'background-increases.missing', 'backgroundIncreases');
  });
});

describe('origin', () => {
  it('species: missing, unknown, lineage rules, size', () => {
    expectIssue(build({ speciesId: undefined }), 'species.missing', 'speciesId');
    expectIssue(build({ speciesId: 'tortle' }), 'species.unknown', 'speciesId');
    expectIssue(build({ speciesId: 'elf' }), 'species.lineage.required', 'lineageId');
    expectIssue(build({ speciesId: 'elf', lineageId: 'elven-lineage-sunlit' }), 'species.lineage.unknown', 'lineageId');
    expectIssue(build({ speciesId: 'elf', lineageId: 'goliath-stone-giant' }), 'species.lineage.mismatch', 'lineageId');
    expectIssue(build({ speciesId: 'dwarf', size: 'small' }), 'species.size', 'size');
    expect(issues(check(build({ size: 'small' })), 'species.size')).toEqual([]);
  });
  it('background: missing or unknown', () => {
    expectIssue(
      build({ backgroundId: undefined, backgroundIncreases: undefined }),
      'background.missing',
      'backgroundId',
    );
    expectIssue(build({ backgroundId: 'pirate' }), 'background.unknown', 'backgroundId');
  });
});

describe('classes and levels', () => {
  it('at least one class, known ids, whole levels, no duplicates', () => {
    expectIssue(build({ classes: [] }), 'classes.missing', 'classes');
    expectIssue(build({ classes: [{ classId: 'artificer', level: 1 }] }), 'classes.unknown', 'classes[0].classId');
    expectIssue(build({ classes: [{ classId: 'fighter', level: 0 }] }), 'classes.level', 'classes[0].level');
    expectIssue(
      build({
        classes: [
          { classId: 'fighter', level: 1 },
          { classId: 'fighter', level: 2 },
        ],
      }),
      'classes.duplicate',
      'classes[1].classId',
    );
  });
  it('class levels add up to at most 20', () => {
    const issue = expectIssue(
      build({
        classes: [
          { classId: 'fighter', level: 15 },
          { classId: 'rogue', level: 6 },
        ],
        abilityScores: scores({ str: 13, dex: 13 }),
      }),
      'level.range',
      'classes',
    );
    expect(issue.message).toContain('21');
  });
  it('hit point rolls are within the die', () => {
    expectIssue(
      build({ classes: [{ classId: 'fighter', level: 3, hitPointRolls: [4, 11] }] }),
      'hit-points.roll',
      'classes[0].hitPointRolls[1]',
    );
  });
  it('multiclassing needs the prerequisites of the starting class and of the new class', () => {
    const twoClasses = [
      { classId: 'wizard', level: 1 },
      { classId: 'monk', level: 1 },
    ];
    expectIssue(
      build({ classes: twoClasses, abilityScores: scores({ int: 12, dex: 13, wis: 13 }) }),
      'multiclass.prerequisite.starting-class',
      'classes[0].classId',
    );
    expectIssue(
      build({ classes: twoClasses, abilityScores: scores({ int: 13, dex: 13, wis: 12 }) }),
      'multiclass.prerequisite.new-class',
      'classes[1].classId',
    );
    const fine = check(build({ classes: twoClasses, abilityScores: scores({ int: 13, dex: 13, wis: 13 }) }));
    expect(fine.issues.filter((issue) => issue.ruleId.startsWith('multiclass'))).toEqual([]);
    // Fighter: STR 13 or DEX 13.
    const fighter = check(
      build({
        classes: [
          { classId: 'fighter', level: 1 },
          { classId: 'wizard', level: 1 },
        ],
        abilityScores: scores({ dex: 13, int: 13 }),
      }),
    );
    expect(fighter.issues.filter((issue) => issue.ruleId.startsWith('multiclass'))).toEqual([]);
  });
  it('multiclass prerequisites ignore magic items', () => {
    expectIssue(
      build({
        classes: [
          { classId: 'wizard', level: 1 },
          { classId: 'barbarian', level: 1 },
        ],
        abilityScores: scores({ int: 13, str: 10 }),
        equipment: [item('belt-of-giant-strength', { attuned: true, typeId: 'hill' })],
      }),
      'multiclass.prerequisite.new-class',
      'classes[1].classId',
    );
  });
  it('subclass: known, of the class, at or above its level; reminded when due', () => {
    expectIssue(
      build({ classes: [{ classId: 'fighter', level: 3, subclassId: 'battle-master' }] }),
      'subclass.unknown',
      'classes[0].subclassId',
    );
    expectIssue(
      build({ classes: [{ classId: 'fighter', level: 3, subclassId: 'draconic-sorcery' }] }),
      'subclass.class-mismatch',
      'classes[0].subclassId',
    );
    expectIssue(
      build({ classes: [{ classId: 'fighter', level: 2, subclassId: 'champion' }] }),
      'subclass.level',
      'classes[0].subclassId',
    );
    expectIssue(build({ classes: [{ classId: 'fighter', level: 3 }] }), 'subclass.missing', 'classes[0].subclassId');
  });
  it('feature options: chosen when offered, and only among the options', () => {
    expectIssue(
      build({ classes: [{ classId: 'cleric', level: 1 }] }),
      'feature-options.missing',
      'featureOptions.cleric-divine-order',
    );
    expectIssue(
      build({ classes: [{ classId: 'cleric', level: 1 }], featureOptions: { 'cleric-divine-order': 'warrior' } }),
      'feature-options.unknown',
      'featureOptions.cleric-divine-order',
    );
  });
});

describe('skills', () => {
  it('unknown and duplicate skills', () => {
    expectIssue(
      build({ skillProficiencies: ['athletics', 'swimming' as never] }),
      'skills.unknown',
      'skillProficiencies[1]',
    );
    expectIssue(
      build({ skillProficiencies: ['perception', 'perception'] }),
      'skills.duplicate',
      'skillProficiencies[1]',
    );
  });
  it('a skill nothing grants', () => {
    const issue = expectIssue(
      build({ speciesId: 'dwarf', skillProficiencies: ['perception', 'survival', 'arcana', 'religion'] }),
      'skills.not-available',
    );
    expect(issue.path).toMatch(/^skillProficiencies\[[23]\]$/);
  });
  it('more skills than the choices allow', () => {
    // Fighter 2 + Human Skillful 1 = 3 chosen skills; the fourth is one too many.
    expectIssue(build({ skillProficiencies: ['perception', 'survival', 'history', 'insight'] }), 'skills.too-many');
  });
  it('matches skills to choices so that any legal assignment is found', () => {
    // Elf Keen Senses offers insight/perception/survival; the fighter's list has perception too.
    const report = check(
      build({
        speciesId: 'elf',
        lineageId: 'elven-lineage-drow',
        skillProficiencies: ['perception', 'history', 'insight'],
      }),
    );
    expect(report.issues.filter((issue) => issue.ruleId.startsWith('skills'))).toEqual([]);
  });
  it('reminds of choices left', () => {
    expectIssue(build({ skillProficiencies: ['perception'] }), 'skills.choices-remaining', 'skillProficiencies');
  });
  it('expertise only in proficient skills, and only as many as granted', () => {
    const rogue = { classes: [{ classId: 'rogue', level: 1 }], abilityScores: scores({ dex: 14 }) };
    expectIssue(
      build({ ...rogue, skillProficiencies: ['stealth'], skillExpertise: ['acrobatics'] }),
      'skills.expertise.not-proficient',
      'skillExpertise[0]',
    );
    expectIssue(
      build({
        ...rogue,
        skillProficiencies: ['stealth', 'acrobatics', 'perception'],
        skillExpertise: ['stealth', 'acrobatics', 'perception'],
      }),
      'skills.expertise.too-many',
      'skillExpertise',
    );
  });
});

describe('feats', () => {
  const fighter = (level: number, feats: CharacterBuild['feats'], extra: Partial<CharacterBuild> = {}) =>
    build({
      classes: [{ classId: 'fighter', level }],
      feats: [{ featId: 'savage-attacker', source: { kind: 'background' } }, ...feats],
      ...extra,
    });
  const at = (level: number) => ({ kind: 'class-level' as const, classId: 'fighter', level });

  it('unknown feats', () => {
    expectIssue(fighter(4, [{ featId: 'lucky', source: at(4) }]), 'feats.unknown', 'feats[1].featId');
  });
  it('level, ability and feature prerequisites', () => {
    expectIssue(
      fighter(4, [{ featId: 'grappler', source: { kind: 'other' } }], { abilityScores: scores({ str: 12, dex: 12 }) }),
      'feats.prerequisite.ability',
      'feats[1].featId',
    );
    expectIssue(
      build({ classes: [{ classId: 'wizard', level: 3 }], feats: [{ featId: 'grappler', source: { kind: 'other' } }] }),
      'feats.prerequisite.level',
      'feats[0].featId',
    );
    expectIssue(
      build({
        classes: [{ classId: 'wizard', level: 4 }],
        feats: [{ featId: 'heavily-armored', source: { kind: 'class-level', classId: 'wizard', level: 4 } }],
      }),
      'feats.prerequisite.feature',
      'feats[0].featId',
    );
    expectIssue(fighter(4, [{ featId: 'war-caster', source: at(4) }]), 'feats.prerequisite.feature', 'feats[1].featId');
    expectIssue(
      build({ classes: [{ classId: 'wizard', level: 1 }], feats: [{ featId: 'defense', source: { kind: 'other' } }] }),
      'feats.prerequisite.feature',
      'feats[0].featId',
    );
    expect(
      issues(
        check(
          build({
            classes: [{ classId: 'wizard', level: 4 }],
            feats: [{ featId: 'war-caster', source: { kind: 'class-level', classId: 'wizard', level: 4 } }],
          }),
        ),
        'feats.prerequisite.feature',
      ),
    ).toEqual([]);
  });
  it('epic boons from level 19', () => {
    expectIssue(
      fighter(18, [{ featId: 'boon-of-fortitude', source: at(16) }]),
      'feats.epic-boon.level',
      'feats[1].featId',
    );
    expect(
      issues(check(fighter(19, [{ featId: 'boon-of-fortitude', source: at(19) }])), 'feats.epic-boon.level'),
    ).toEqual([]);
  });
  it('non-repeatable feats once', () => {
    expectIssue(
      fighter(6, [
        { featId: 'tough', source: at(4) },
        { featId: 'tough', source: at(6) },
      ]),
      'feats.repeatable',
      'feats[2].featId',
    );
    expect(
      issues(
        check(
          fighter(6, [
            { featId: 'ability-score-improvement', source: at(4), abilityIncreases: { str: 2 } },
            { featId: 'ability-score-improvement', source: at(6), abilityIncreases: { con: 1, dex: 1 } },
          ]),
        ),
        'feats.repeatable',
      ),
    ).toEqual([]);
  });
  it('feats only at levels that grant them, and no more than granted', () => {
    expectIssue(fighter(4, [{ featId: 'tough', source: at(3) }]), 'feats.slot', 'feats[1].source');
    expectIssue(fighter(4, [{ featId: 'tough', source: at(6) }]), 'feats.slot', 'feats[1].source');
    expectIssue(
      fighter(4, [
        { featId: 'defense', source: at(1) },
        { featId: 'tough', source: at(4) },
        { featId: 'alert', source: at(4) },
      ]),
      'feats.count',
      'feats',
    );
    expectIssue(fighter(1, [{ featId: 'tough', source: at(1) }]), 'feats.slot-category', 'feats[1].source');
    expectIssue(fighter(4, [{ featId: 'defense', source: at(1) }]), 'feats.slots-remaining', 'feats');
  });
  it("the background's origin feat", () => {
    expectIssue(
      build({ feats: [{ featId: 'alert', source: { kind: 'background' } }] }),
      'feats.background.mismatch',
      'feats[0].featId',
    );
    expectIssue(build({ feats: [] }), 'feats.background.missing', 'feats');
  });
  it('species feats only where a trait grants one, and only origin feats', () => {
    const human = (featId: string) =>
      build({
        feats: [
          { featId: 'savage-attacker', source: { kind: 'background' } },
          { featId, source: { kind: 'species' } },
        ],
      });
    expect(issues(check(human('tough')), 'feats.species')).toEqual([]);
    expectIssue(human('grappler'), 'feats.species', 'feats[1].source');
    expectIssue({ ...human('tough'), speciesId: 'dwarf' }, 'feats.species', 'feats[1].source');
  });
  it('chosen ability increases match the feat', () => {
    expectIssue(
      fighter(4, [{ featId: 'grappler', source: at(4), abilityIncreases: { con: 1 } }]),
      'feats.ability-increase',
      'feats[1].abilityIncreases.con',
    );
    expectIssue(
      fighter(4, [{ featId: 'ability-score-improvement', source: at(4), abilityIncreases: { str: 2, dex: 1 } }]),
      'feats.ability-increase',
      'feats[1].abilityIncreases',
    );
    expectIssue(
      fighter(4, [{ featId: 'tough', source: at(4), abilityIncreases: { con: 1 } }]),
      'feats.ability-increase',
      'feats[1].abilityIncreases',
    );
  });
});

describe('spells', () => {
  const wizard = (level: number, spells: CharacterBuild['spells'], extra: Partial<CharacterBuild> = {}) =>
    build({ classes: [{ classId: 'wizard', level }], abilityScores: scores({ int: 16 }), spells, ...extra });
  const spell = (spellId: string, prepared = true, classId = 'wizard') => ({ classId, spellId, prepared });

  it('known spells, for a class the character has and that casts', () => {
    expectIssue(wizard(1, [spell('power-word-pie')]), 'spells.unknown', 'spells[0].spellId');
    expectIssue(wizard(1, [spell('bless', true, 'cleric')]), 'spells.class-not-taken', 'spells[0].classId');
    expectIssue(
      build({
        classes: [
          { classId: 'fighter', level: 1 },
          { classId: 'wizard', level: 1 },
        ],
        abilityScores: scores({ str: 13, int: 13 }),
        spells: [spell('bless', true, 'fighter')],
      }),
      'spells.not-a-caster',
      'spells[0].classId',
    );
  });
  it('on the class list (a warning: features may grant others)', () => {
    expectIssue(wizard(1, [spell('bless')]), 'spells.class-list', 'spells[0].spellId');
  });
  it('within the spell level the class can cast', () => {
    expectIssue(wizard(4, [spell('fireball')]), 'spells.level', 'spells[0].spellId');
    expect(issues(check(wizard(5, [spell('fireball')])), 'spells.level')).toEqual([]);
    // Multiclass: each class casts at its own single-class spell level.
    expectIssue(
      build({
        classes: [
          { classId: 'wizard', level: 3 },
          { classId: 'cleric', level: 3 },
        ],
        abilityScores: scores({ int: 13, wis: 13 }),
        featureOptions: { 'cleric-divine-order': 'protector' },
        spells: [spell('fireball')],
      }),
      'spells.level',
      'spells[0].spellId',
    );
  });
  it('at most the prepared and cantrip counts; duplicates warned', () => {
    expectIssue(
      wizard(
        1,
        [spell('magic-missile'), spell('shield'), spell('misty-step', false), spell('fireball', false)]
          .concat(['wish', 'magic-missile'].map((id) => spell(id, false)))
          .concat([spell('cure-wounds'), spell('hex'), spell('bless'), spell('fire-bolt')]),
      ),
      'spells.prepared-count',
      'classes[0]',
    );
    expectIssue(
      wizard(1, [spell('fire-bolt'), spell('light'), spell('mage-hand'), spell('minor-illusion')]),
      'spells.cantrip-count',
      'spells',
    );
    expectIssue(wizard(1, [spell('shield'), spell('shield')]), 'spells.duplicate', 'spells[1]');
  });
});

describe('equipment and attunement', () => {
  it('known items with sensible quantities', () => {
    expectIssue(build({ equipment: [item('vorpal-spoon')] }), 'equipment.unknown', 'equipment[0].itemId');
    expectIssue(build({ equipment: [item('rope', { quantity: 0 })] }), 'equipment.quantity', 'equipment[0].quantity');
  });
  it('armor without training is a warning; STR below the minimum is an info', () => {
    const wizard = (equipment: EquipmentEntry[], str = 10) =>
      build({ classes: [{ classId: 'wizard', level: 1 }], abilityScores: scores({ str }), equipment });
    const untrained = expectIssue(wizard([item('chain-mail')]), 'equipment.armor.proficiency', 'equipment[0].equipped');
    expect(untrained.severity).toBe('warning');
    expectIssue(wizard([item('shield')]), 'equipment.armor.proficiency', 'equipment[0].equipped');
    const weak = expectIssue(
      build({ abilityScores: scores({ str: 12 }), equipment: [item('chain-mail')] }),
      'equipment.armor.strength',
      'equipment[0].equipped',
    );
    expect(weak.message).toContain('10 feet');
    expect(
      issues(
        check(build({ abilityScores: scores({ str: 12 }), equipment: [item('chain-mail', { equipped: false })] })),
        'equipment.armor.strength',
      ),
    ).toEqual([]);
  });
  it('one armor and one shield', () => {
    expectIssue(
      build({ equipment: [item('chain-mail'), item('breastplate')] }),
      'equipment.armor.multiple',
      'equipment',
    );
  });
  it('attunement: at most 3, only items that need it', () => {
    const attuned = (itemId: string) => item(itemId, { attuned: true });
    expectIssue(
      build({
        equipment: [
          attuned('cloak-of-protection'),
          attuned('ring-of-protection'),
          attuned('bracers-of-defense'),
          attuned('robe-of-warding'),
        ],
      }),
      'attunement.max',
      'equipment',
    );
    expectIssue(build({ equipment: [attuned('longsword-1')] }), 'attunement.not-required', 'equipment[0].attuned');
  });
});

describe('campaign rule profiles', () => {
  it('allowed sources', () => {
    expectIssue(build({ speciesId: 'gnome-homebrew', size: 'small' }), 'campaign.source', 'speciesId', {
      allowedSources: ['srd'],
    });
    expectIssue(
      build({ equipment: [item('robe-of-warding', { attuned: true })] }),
      'campaign.source',
      'equipment[0].itemId',
      { allowedSources: ['srd'] },
    );
    expect(
      issues(check(build({ speciesId: 'gnome-homebrew' }), { allowedSources: ['srd', 'homebrew'] }), 'campaign.source'),
    ).toEqual([]);
  });
  it('homebrew allowed one by one', () => {
    const gnome = build({ speciesId: 'gnome-homebrew', size: 'small' });
    expect(
      issues(check(gnome, { allowedSources: ['srd'], allowedHomebrew: ['gnome-homebrew'] }), 'campaign.source'),
    ).toEqual([]);
    expectIssue(gnome, 'campaign.source', 'speciesId', { allowedSources: ['srd'], allowedHomebrew: ['other-brew'] });
  });
  it('allowed classes and species', () => {
    expectIssue(build(), 'campaign.class', 'classes[0].classId', { allowedClasses: ['wizard'] });
    expectIssue(build(), 'campaign.species', 'speciesId', { allowedSpecies: ['elf', 'dwarf'] });
  });
  it('starting level and level range', () => {
    expectIssue(build(), 'campaign.starting-level', 'classes', { startingLevel: 3 });
    expectIssue(build(), 'campaign.level-range', 'classes', { levelRange: { min: 5, max: 10 } });
    expect(
      check(build({ classes: [{ classId: 'fighter', level: 5, subclassId: 'champion' }] }), {
        levelRange: { min: 5, max: 10 },
        startingLevel: 5,
      }).issues.filter((issue) => issue.ruleId.startsWith('campaign')),
    ).toEqual([]);
  });
  it('banned items, by id or by the base of a magic item', () => {
    expectIssue(build({ equipment: [item('longsword-1')] }), 'campaign.banned-item', 'equipment[0].itemId', {
      bannedItems: ['longsword'],
    });
  });
});
