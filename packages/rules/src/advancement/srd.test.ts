import { describe, expect, it } from 'vitest';
import { SRD_CATALOG } from '../data/index.js';
import { createCharacterBuild } from './create.js';
import { levelUp, undoLastLevel } from './level-up.js';

// The advancement rules against the real SRD tables (written alongside; this test follows them).
describe.skipIf(SRD_CATALOG.classes.size === 0)('advancement on the SRD catalog', () => {
  it('creates a level 5 human fighter, levels it to 6 with an ASI and undoes that level', () => {
    const created = createCharacterBuild(
      {
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
        equipment: { background: 'gold' },
        level: 5,
        levels: [
          {},
          { subclassId: 'champion' },
          { feat: { featId: 'ability-score-improvement', abilityIncreases: { str: 1, con: 1 } } },
        ],
      },
      SRD_CATALOG,
    );
    if (!created.ok) throw new Error(`${created.reason} at ${created.path}: ${created.message}`);
    expect(created.build.classes).toEqual([{ classId: 'fighter', level: 5, subclassId: 'champion' }]);
    const six = levelUp(
      created.build,
      { classId: 'fighter', feat: { featId: 'ability-score-improvement', abilityIncreases: { str: 1, dex: 1 } } },
      SRD_CATALOG,
    );
    if (!six.ok) throw new Error(`${six.reason} at ${six.path}: ${six.message}`);
    expect(undoLastLevel(six.build)).toStrictEqual({ ok: true, build: created.build });
  });
});
