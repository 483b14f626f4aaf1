import { Field, ID, InputType, Int } from 'type-graphql';

import type { PlotKind as PlotKindValue, StoryArcKind as StoryArcKindValue } from '../../db/tables/index.js';
import { PlotKind, StoryArcKind } from '../story/story-enums.js';

@InputType('CreateStoryArcInput')
export class CreateStoryArcInput {
  @Field(() => String, { description: '1-200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => StoryArcKind)
  kind!: StoryArcKindValue;

  @Field(() => Int, { nullable: true, description: 'Order among arcs; last when omitted.' })
  position?: number | null;
}

@InputType('UpdateStoryArcInput', { description: 'Omitted fields stay as they are.' })
export class UpdateStoryArcInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Null or blank clears it.' })
  description?: string | null;

  @Field(() => StoryArcKind, { nullable: true })
  kind?: StoryArcKindValue | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType('CreatePlotInput')
export class CreatePlotInput {
  @Field(() => String, { description: '1-200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => PlotKind)
  kind!: PlotKindValue;

  @Field(() => ID, { nullable: true, description: 'Makes it a subplot of that plot (same campaign, no cycles).' })
  parentPlotId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The story arc it belongs to.' })
  arcId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The chapters it runs through, in order.' })
  chapterIds?: string[] | null;
}

@InputType('UpdatePlotInput', { description: 'Omitted fields stay as they are; null parentPlotId or arcId unlinks.' })
export class UpdatePlotInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => PlotKind, { nullable: true })
  kind?: PlotKindValue | null;

  @Field(() => ID, { nullable: true })
  parentPlotId?: string | null;

  @Field(() => ID, { nullable: true })
  arcId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the chapter list.' })
  chapterIds?: string[] | null;
}
