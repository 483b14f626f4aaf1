import { Field, InputType } from 'type-graphql';

@InputType('SignUpInput', { description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Login email; stored trimmed and lower-cased, must be unused.' })
  email!: string;

  @Field(() => String, { description: 'At least 12 characters and not a commonly used password.' })
  password!: string;

  @Field(() => String, { description: 'Public name, 1–64 characters after trimming.' })
  displayName!: string;
}

@InputType('LogInInput', { description: 'Credentials of an existing account.' })
export class LogInInput {
  @Field(() => String, { description: 'The email the account was created with (any case).' })
  email!: string;

  @Field(() => String)
  password!: string;
}
