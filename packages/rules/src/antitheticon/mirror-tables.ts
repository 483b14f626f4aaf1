import type { Ability } from '../model/basics.js';

/**
 * The words the offline generator picks from. Changing a list changes what a seed produces, so
 * append rather than reorder when a campaign's nemesis must stay the same.
 */

/** How the nemesis turns each strongest ability against its owner. */
export const ABILITY_COUNTERS: Readonly<Record<Ability, string>> = {
  str: 'Never trades blows: fights from behind walls, reach and hostages, so raw strength finds nothing to hit.',
  dex: 'Fills every room with tripwires, alarms and chokepoints where speed and stealth betray themselves.',
  con: 'Wins by attrition: poisons, sleepless pursuit and wounds that will not close.',
  int: 'Feeds the clever one true facts arranged into a false conclusion.',
  wis: 'Hides behind sincere people who believe every word they say, so insight reads only honesty.',
  cha: 'Turns allies and audiences against the charmer by letting their own promises come due.',
};

/** A lieutenant archetype per class: the dark reflection of that member. */
export const CLASS_LIEUTENANTS: Readonly<Record<string, string>> = {
  barbarian: 'a berserker who feels no pain and wants the fight to last',
  bard: 'a silver-tongued herald who rewrites every song the party earns',
  cleric: 'a fallen priest whose prayers are answered by something else',
  druid: 'a blight-shaper who turns the wild into a trap',
  fighter: 'a duellist who has studied every one of the fighter’s battles',
  monk: 'an ascetic assassin whose stillness hides a killing strike',
  paladin: 'an oath-breaker who keeps the letter of every vow and none of its spirit',
  ranger: 'a hunter of hunters who leaves false trails',
  rogue: 'a spymaster who was always one step ahead of the rogue',
  sorcerer: 'a bloodline rival who carries the same power, unchecked',
  warlock: 'an envoy of the warlock’s own patron, sent to renegotiate',
  wizard: 'a scholar who stole the wizard’s research before it was written',
};
export const UNKNOWN_CLASS_LIEUTENANT = 'a masked agent who studies the party from the shadows';

export const FIRST_NAMES = [
  'Vesper',
  'Corvin',
  'Isolde',
  'Mordecai',
  'Seraphine',
  'Lucan',
  'Morwen',
  'Thaddeus',
  'Ysolde',
  'Caspian',
  'Liora',
  'Dorian',
  'Nyx',
  'Ambrose',
  'Elowen',
  'Silas',
  'Ravenna',
  'Orrin',
  'Sabine',
  'Malachai',
] as const;
export const SURNAMES = [
  'Vale',
  'Ashgrave',
  'Thorne',
  'Blackwood',
  'Crane',
  'Holloway',
  'Marsh',
  'Quill',
  'Sable',
  'Wren',
  'Graves',
  'Morrow',
  'Lark',
  'Fenwick',
  'Hale',
  'Varga',
] as const;
export const NEMESIS_TITLES = [
  'the Mirror That Walks',
  'the Unseen Hand',
  'the Hollow Crown',
  'the Patient Knife',
  'the Shepherd of Lies',
  'the Last Reflection',
] as const;
export const MOTIVES = [
  'to prove the party’s virtues are the cause of the world’s ruin',
  'to become what the party would have been without each other',
  'to take back a destiny the party stole without knowing',
  'to show a grieving god that heroes are a mistake',
  'to win a wager with something older than the gods',
] as const;
/** Guises of false identities; the first generated identity always takes a helper's guise. */
export const HELPER_GUISES = ['a kindly archivist', 'a timid guide', 'a grateful refugee', 'a humble healer'] as const;
export const OTHER_GUISES = [
  'a rival adventurer',
  'a generous patron',
  'a tavern gossip',
  'a city magistrate',
  'a wandering priest',
  'a fence in the docks',
  'a royal courier',
  'a disgraced knight',
] as const;
export const DECEPTION_PLOTS: Readonly<Record<string, string>> = {
  IDENTITY: 'poses as someone the party trusts',
  OPERATION: 'hides the true purpose of the work the party is paid to do',
  MOTIVE: 'makes the party believe the nemesis wants something else',
  CAPABILITY: 'feigns weakness so the party underestimates the threat',
  PRESENCE: 'makes the party believe the nemesis is far away, or dead',
};
export const REVELATION_TRIGGERS = [
  'The party compares notes on a helper’s stories',
  'A lieutenant is defeated and questioned',
  'A letter in a familiar hand turns up where it should not be',
  'Someone the party trusts asks for one favour too many',
  'The party returns to where the campaign began',
] as const;
