import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane). The library's default algorithm is
 * Argon2id; its `Algorithm` const enum cannot be imported under isolatedModules, so a test
 * asserts the `$argon2id$` prefix instead.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email is not told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('grimoire-timing-equaliser-not-a-real-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
