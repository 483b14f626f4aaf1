export type { AdvancementFailure, AdvancementFailureReason, AdvancementResult, FeatInput } from './choices.js';
export { type CreationResult, type GuidedCharacterInput, createCharacterBuild } from './create.js';
export { canLevelUp, experienceForLevel, levelsAvailable } from './experience.js';
export { type HitPointsChoice, type LevelChoices, type LevelUpInput, levelUp, undoLastLevel } from './level-up.js';
