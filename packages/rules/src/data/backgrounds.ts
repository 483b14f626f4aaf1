import type { Background } from '../model/content.js';
import { SRD_2024 } from './classes/shared.js';

/**
 * The 4 SRD 5.2 backgrounds. Option A of the equipment is `equipment` (items, gold, and items to
 * pick from a category); option B is `goldAlternative` (50 GP for every SRD background).
 */
export const SRD_BACKGROUNDS: readonly Background[] = [
  {
    id: 'acolyte',
    name: 'Acolyte',
    source: SRD_2024,
    abilityScores: ['int', 'wis', 'cha'],
    featId: 'magic-initiate',
    featOption: 'cleric',
    skills: ['insight', 'religion'],
    tools: ['calligraphers-supplies'],
    equipment: {
      // The Book holds prayers; the Holy Symbol is any item of that category.
      items: { 'calligraphers-supplies': 1, book: 1, parchment: 10, robe: 1 },
      gold: 8,
      choices: [{ category: 'holy-symbols', count: 1 }],
    },
    goldAlternative: 50,
  },
  {
    id: 'criminal',
    name: 'Criminal',
    source: SRD_2024,
    abilityScores: ['dex', 'con', 'int'],
    featId: 'alert',
    skills: ['sleight-of-hand', 'stealth'],
    tools: ['thieves-tools'],
    equipment: {
      items: { dagger: 2, 'thieves-tools': 1, crowbar: 1, pouch: 2, 'clothes-travelers': 1 },
      gold: 16,
    },
    goldAlternative: 50,
  },
  {
    id: 'sage',
    name: 'Sage',
    source: SRD_2024,
    abilityScores: ['con', 'int', 'wis'],
    featId: 'magic-initiate',
    // Magic Initiate (Wizard) per the SRD; the 5e-database record omits the note.
    featOption: 'wizard',
    skills: ['arcana', 'history'],
    tools: ['calligraphers-supplies'],
    equipment: {
      // The Book holds history.
      items: { quarterstaff: 1, 'calligraphers-supplies': 1, book: 1, parchment: 8, robe: 1 },
      gold: 8,
    },
    goldAlternative: 50,
  },
  {
    id: 'soldier',
    name: 'Soldier',
    source: SRD_2024,
    abilityScores: ['str', 'dex', 'con'],
    featId: 'savage-attacker',
    skills: ['athletics', 'intimidation'],
    // One kind of Gaming Set; the equipment gives the same set.
    tools: { count: 1, from: ['dice', 'dragonchess', 'playing-cards', 'three-dragon-ante'] },
    equipment: {
      items: { spear: 1, shortbow: 1, arrows: 20, 'healers-kit': 1, quiver: 1, 'clothes-travelers': 1 },
      gold: 14,
      choices: [{ category: 'gaming-sets', count: 1 }],
    },
    goldAlternative: 50,
  },
];
