/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One of the six abilities. */
export type Ability =
  /** Charisma */
  | 'CHA'
  /** Constitution */
  | 'CON'
  /** Dexterity */
  | 'DEX'
  /** Intelligence */
  | 'INT'
  /** Strength */
  | 'STR'
  /** Wisdom */
  | 'WIS';

/** Increases per ability (omitted: 0). */
export type AbilityIncreasesInput = {
  cha?: number | null | undefined;
  con?: number | null | undefined;
  dex?: number | null | undefined;
  int?: number | null | undefined;
  str?: number | null | undefined;
  wis?: number | null | undefined;
};

/** How the base ability scores were made; MANUAL is a sheet copied as it is. */
export type AbilityScoreMethod =
  | 'MANUAL'
  | 'POINT_BUY'
  | 'ROLLED'
  | 'STANDARD_ARRAY';

/** Base ability scores (before background and feats) and how they were made. */
export type AbilityScoresInput = {
  cha: number;
  con: number;
  dex: number;
  int: number;
  method: AbilityScoreMethod;
  str: number;
  wis: number;
};

/** The background's equipment (option A) or its gold instead (option B). */
export type BackgroundEquipmentChoice =
  | 'GOLD'
  | 'ITEMS';

/** The kind of campaign, fixed at creation. */
export type CampaignType =
  /** A campaign against a nemesis built to mirror the party. */
  | 'ANTITHETICON'
  /** A classic campaign run by the game master. */
  | 'TRADITIONAL';

/** A class and the levels in it; the first entry is the starting class. */
export type ClassLevelInput = {
  /** Class id, e.g. `fighter`. */
  class: string | number;
  /** Levels in this class, 1-20. */
  level: number;
  /** Subclass id (from the subclass level on). */
  subclass?: string | number | null | undefined;
};

/** A new campaign; the creator becomes its game master. */
export type CreateCampaignInput = {
  /** Free text for the players, up to 5000 characters. */
  description?: string | null | undefined;
  /** Display name, 1-100 characters (trimmed). */
  name: string;
  /** The genre it starts in; HIGH_FANTASY when omitted. */
  theme?: Theme | null | undefined;
  /** Fixed at creation; TRADITIONAL when omitted. */
  type?: CampaignType | null | undefined;
};

/** A new character; only the name is required. With a species, a background, a class and STANDARD_ARRAY, POINT_BUY or ROLLED scores it is created step by step by the 2024 rules (every choice checked); with MANUAL scores (or missing parts) it is a sheet as entered, judged by its validation report. */
export type CreateCharacterInput = {
  abilityScores?: AbilityScoresInput | null | undefined;
  background?: string | number | null | undefined;
  /** The background's +2/+1 or +1/+1/+1. */
  backgroundIncreases?: AbilityIncreasesInput | null | undefined;
  /** The first is the starting class. */
  classes?: Array<ClassLevelInput> | null | undefined;
  /** Default RULES_2024. */
  edition?: Edition | null | undefined;
  /** Items on the sheet (guided: in addition to the starting equipment). */
  equipment?: Array<EquipmentInput> | null | undefined;
  /** Feats (sheet as entered only; guided creation takes originFeat and levels). */
  feats?: Array<string | number> | null | undefined;
  /** Guided: choices of the first level. */
  firstLevel?: FirstLevelChoicesInput | null | undefined;
  /** Guided: choices of levels 2.. in order (`levels[0]` is level 2). */
  levels?: Array<LevelChoicesInput> | null | undefined;
  lineage?: string | number | null | undefined;
  /** Display name, 1-100 characters (trimmed). */
  name: string;
  /** Guided: choices for the background's origin feat. */
  originFeat?: FeatChoicesInput | null | undefined;
  /** When the species offers a choice (Human: MEDIUM or SMALL). */
  size?: Size | null | undefined;
  /** Expertise (sheet as entered only). */
  skillExpertise?: Array<string | number> | null | undefined;
  /** Skill proficiencies (guided: the class skill choices). */
  skillProficiencies?: Array<string | number> | null | undefined;
  species?: string | number | null | undefined;
  /** Guided: the origin feat a species trait grants (Human Versatile). */
  speciesFeat?: FeatInput | null | undefined;
  /** Guided: skills picked by species traits (Keen Senses, Skillful). */
  speciesSkills?: Array<string | number> | null | undefined;
  /** Guided: default is the gold-only options. */
  startingEquipment?: StartingEquipmentInput | null | undefined;
};

/** The rules a character is built with (2024 by default). */
export type Edition =
  | 'RULES_2014'
  | 'RULES_2024';

/** An item from the catalog on the sheet. */
export type EquipmentInput = {
  /** Attuned (default false; at most 3). */
  attuned?: boolean | null | undefined;
  /** Worn or wielded (default false). */
  equipped?: boolean | null | undefined;
  /** Equipment or magic item id, e.g. `chain-mail`, `cloak-of-protection`. */
  item: string | number;
  /** Default 1. */
  quantity?: number | null | undefined;
};

/** Choices for a feat granted by something else (the background's origin feat). */
export type FeatChoicesInput = {
  abilityIncreases?: AbilityIncreasesInput | null | undefined;
  skills?: Array<string | number> | null | undefined;
};

/** A feat pick and its choices. */
export type FeatInput = {
  /** For feats that increase abilities (the ASI: +2 or +1/+1). */
  abilityIncreases?: AbilityIncreasesInput | null | undefined;
  feat: string | number;
  /** Skills chosen by feats like Skilled. */
  skills?: Array<string | number> | null | undefined;
};

/** The option picked for a class feature that offers options. */
export type FeatureOptionInput = {
  /** Feature id, e.g. `cleric-divine-order`. */
  feature: string | number;
  /** Option id, e.g. `protector`. */
  option: string | number;
};

/** Choices of the first class level (Fighting Style, Expertise, spells…). */
export type FirstLevelChoicesInput = {
  expertise?: Array<string | number> | null | undefined;
  /** Feats the level’s features grant (a Fighting Style feat). */
  featureFeats?: Array<FeatInput> | null | undefined;
  featureOptions?: Array<FeatureOptionInput> | null | undefined;
  skills?: Array<string | number> | null | undefined;
  spells?: SpellChangesInput | null | undefined;
};

/** Hit points for a level: the fixed value or a recorded roll. */
export type HitPointsInput = {
  method: HitPointsMethod;
  /** The die result, for ROLLED. */
  roll?: number | null | undefined;
};

/** Fixed average or a recorded roll. */
export type HitPointsMethod =
  | 'FIXED'
  | 'ROLLED';

/** The choices one level needs (which ones depends on the class and level). */
export type LevelChoicesInput = {
  /** The class this level goes to (default: as planned by `classes`). */
  class?: string | number | null | undefined;
  expertise?: Array<string | number> | null | undefined;
  /** At a feat level: the Ability Score Improvement or another feat. */
  feat?: FeatInput | null | undefined;
  /** Feats the level’s features grant (a Fighting Style feat). */
  featureFeats?: Array<FeatInput> | null | undefined;
  featureOptions?: Array<FeatureOptionInput> | null | undefined;
  /** Default FIXED. */
  hitPoints?: HitPointsInput | null | undefined;
  skills?: Array<string | number> | null | undefined;
  spells?: SpellChangesInput | null | undefined;
  /** At the subclass level. */
  subclass?: string | number | null | undefined;
};

/** Credentials of an existing account. */
export type LogInInput = {
  /** The email the account was created with (any case). */
  email: string;
  password: string;
};

/** How much of the proficiency bonus applies. */
export type ProficiencyLevel =
  | 'EXPERTISE'
  | 'HALF'
  | 'NONE'
  | 'PROFICIENT';

/** What a user may do. */
export type Role =
  /** Manages users, roles and signing keys; reads the audit log. */
  | 'ADMIN'
  /** Runs campaigns. */
  | 'GAME_MASTER'
  /** Plays characters in campaigns. */
  | 'PLAYER';

/** A new account. */
export type SignUpInput = {
  /** Public name, 1–64 characters after trimming. */
  displayName: string;
  /** Login email; stored trimmed and lower-cased, must be unused. */
  email: string;
  /** At least 12 characters and not a commonly used password. */
  password: string;
};

/** Creature size. */
export type Size =
  | 'GARGANTUAN'
  | 'HUGE'
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL'
  | 'TINY';

/** Spells a level adds, and those it swaps out. */
export type SpellChangesInput = {
  add?: Array<SpellPickInput> | null | undefined;
  remove?: Array<string | number> | null | undefined;
};

/** A spell to add. */
export type SpellPickInput = {
  /** Prepared (default true). */
  prepared?: boolean | null | undefined;
  spell: string | number;
};

/** Guided creation: the class's option and the background's items or gold. */
export type StartingEquipmentInput = {
  background: BackgroundEquipmentChoice;
  /** Index of the class option: 0 = A, 1 = B, … (none when the class lists none). */
  classOption?: number | null | undefined;
  /** Items picked for "one of a category" entries. */
  picks?: Array<string | number> | null | undefined;
};

/** A campaign theme (genre). HIGH_FANTASY is the root: SRD items are written in it. */
export type Theme =
  /** Cyberpunk: Neon, rain and megacorporations; magic is code, gods are AIs, and everyone is for sale. */
  | 'CYBERPUNK'
  /** Gothic Horror: Mist-bound villages, cursed bloodlines and things that should stay buried. */
  | 'GOTHIC_HORROR'
  /** High Fantasy: Knights, wizards and dragons: the SRD as written. The root theme every item comes from. */
  | 'HIGH_FANTASY'
  /** Mythic: The age of heroes: gods walk the earth, oracles speak and monsters guard the edges of the map. */
  | 'MYTHIC'
  /** Pirate: Tall ships, treasure maps and cursed gold on the open sea. */
  | 'PIRATE'
  /** Post-Apocalyptic: The world ended; the survivors scavenge, barter and fight over what is left. */
  | 'POST_APOCALYPTIC'
  /** Space Opera: Star empires, ancient orders and starships jumping between worlds. */
  | 'SPACE_OPERA'
  /** Steampunk: Brass, steam and empire: airships over smog-choked cities and gentleman inventors. */
  | 'STEAMPUNK'
  /** Wild West: Dusty frontier towns, outlaws, railroads and the strange things out past the mesa. */
  | 'WILD_WEST';

/** ERROR makes a build illegal; WARNING and INFO are advice. */
export type ValidationSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, refreshToken: string, user: { id: string, email: string | null, displayName: string, roles: Array<Role> } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { accessToken: string, refreshToken: string, user: { id: string } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type LogOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogOutMutation = { logOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string | null, displayName: string, roles: Array<Role> } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, name: string, gameMaster: { id: string, displayName: string } } };

export type AddCampaignMemberMutationVariables = Exact<{
  campaignId: string | number;
  userId: string | number;
}>;


export type AddCampaignMemberMutation = { addCampaignMember: { id: string } };

export type AddPartyMemberMutationVariables = Exact<{
  campaignId: string | number;
  characterId: string | number;
}>;


export type AddPartyMemberMutation = { addPartyMember: { id: string, party: Array<{ id: string, name: string }> } };

export type RemovePartyMemberMutationVariables = Exact<{
  campaignId: string | number;
  characterId: string | number;
}>;


export type RemovePartyMemberMutation = { removePartyMember: { id: string } };

export type CampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignQuery = { campaign: { id: string, name: string, gameMaster: { displayName: string }, party: Array<{ id: string, name: string, owner: { displayName: string }, campaigns: Array<{ id: string, name: string }> }> } | null };

export type PartyChangedSubscriptionVariables = Exact<{
  campaignId: string | number;
}>;


export type PartyChangedSubscription = { partyChanged: { id: string, name: string, party: Array<{ id: string, name: string, owner: { displayName: string } }> } };

export type CreateCharacterMutationVariables = Exact<{
  input: CreateCharacterInput;
}>;


export type CreateCharacterMutation = { createCharacter: { id: string, name: string, owner: { id: string, displayName: string } } };

export type RenameCharacterMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameCharacterMutation = { renameCharacter: { id: string, name: string } };

export type DeleteCharacterMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCharacterMutation = { deleteCharacter: string };

export type MyCharactersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCharactersQuery = { myCharacters: { edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatPartsFragment = { value: number, breakdown: Array<{ source: string, amount: number }> };

export type CharacterSheetQueryVariables = Exact<{
  id: string | number;
}>;


export type CharacterSheetQuery = { character: { id: string, name: string, edition: Edition, level: number, version: number, proficiencyBonus: number, spellSlots: Array<number>, classes: Array<{ level: number, class: { id: string, name: string }, subclass: { id: string, name: string } | null }>, species: { id: string, name: string } | null, abilityScores: { str: { score: number, modifier: number, breakdown: Array<{ source: string, amount: number }> }, dex: { score: number, modifier: number }, con: { score: number, modifier: number }, int: { score: number, modifier: number }, wis: { score: number, modifier: number }, cha: { score: number, modifier: number } }, initiative: { value: number, breakdown: Array<{ source: string, amount: number }> }, armorClass: { value: number, breakdown: Array<{ source: string, amount: number }> }, speed: { value: number, breakdown: Array<{ source: string, amount: number }> }, hitPoints: { current: number, temp: number, max: { value: number, breakdown: Array<{ source: string, amount: number }> } }, savingThrows: Array<{ ability: Ability, proficient: boolean, bonus: { value: number, breakdown: Array<{ source: string, amount: number }> } }>, skills: Array<{ skill: string, proficiency: ProficiencyLevel, bonus: { value: number, breakdown: Array<{ source: string, amount: number }> } }>, passivePerception: { value: number, breakdown: Array<{ source: string, amount: number }> }, spellcasting: Array<{ classId: string, ability: Ability, saveDC: { value: number, breakdown: Array<{ source: string, amount: number }> }, attackBonus: { value: number, breakdown: Array<{ source: string, amount: number }> } }>, pactMagic: { slots: number, slotLevel: number } | null, validation: { valid: boolean, issues: Array<{ ruleId: string, severity: ValidationSeverity, path: string, message: string, suggestion: string | null }> } } | null };

export const StatPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<StatPartsFragment, unknown>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gameMaster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const AddCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCampaignMemberMutation, AddCampaignMemberMutationVariables>;
export const AddPartyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"characterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"characterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"characterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddPartyMemberMutation, AddPartyMemberMutationVariables>;
export const RemovePartyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"characterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"characterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"characterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemovePartyMemberMutation, RemovePartyMemberMutationVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gameMaster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const PartyChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PartyChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartyChangedSubscription, PartyChangedSubscriptionVariables>;
export const CreateCharacterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCharacterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCharacterMutation, CreateCharacterMutationVariables>;
export const RenameCharacterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameCharacterMutation, RenameCharacterMutationVariables>;
export const DeleteCharacterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCharacter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCharacter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCharacterMutation, DeleteCharacterMutationVariables>;
export const MyCharactersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCharacters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCharacters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyCharactersQuery, MyCharactersQueryVariables>;
export const CharacterSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CharacterSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"character"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subclass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"species"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abilityScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"str"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"con"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"int"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proficiencyBonus"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"armorClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hitPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"temp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savingThrows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ability"}},{"kind":"Field","name":{"kind":"Name","value":"proficient"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"passivePerception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spellcasting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classId"}},{"kind":"Field","name":{"kind":"Name","value":"ability"}},{"kind":"Field","name":{"kind":"Name","value":"saveDC"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attackBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"spellSlots"}},{"kind":"Field","name":{"kind":"Name","value":"pactMagic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slots"}},{"kind":"Field","name":{"kind":"Name","value":"slotLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CharacterSheetQuery, CharacterSheetQueryVariables>;