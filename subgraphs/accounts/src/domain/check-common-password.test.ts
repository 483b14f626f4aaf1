import { describe, expect, it } from 'vitest';

import { isCommonPassword } from './check-common-password.js';

describe('isCommonPassword', () => {
  it('finds listed passwords regardless of case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('Qwerty123456')).toBe(true);
  });

  it('lets an uncommon passphrase through', () => {
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
  });
});
