import { Field, Float, ObjectType } from 'type-graphql';

import { PowerVerdictEnum } from '../common/enums.js';

@ObjectType('PowerScore', { description: 'How a homebrew entry compares with SRD content of its kind.' })
export class PowerScoreType {
  @Field(() => Float, { description: 'Power relative to the SRD baseline: 1.0 is on par; above 1.3 is strong.' })
  score!: number;

  @Field(() => PowerVerdictEnum)
  verdict!: PowerVerdictEnum;

  @Field(() => [String], { description: 'What drove the score, and the baseline it was compared with.' })
  reasons!: string[];
}
