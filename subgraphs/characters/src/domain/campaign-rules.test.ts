import { describe, expect, it } from 'vitest';

import { type CampaignRules, engineProfileOf, type StoredRuleProfile } from './campaign-rules.js';

const NO_LIMITS: StoredRuleProfile = {
  allowSrd: true,
  allowedHomebrew: null,
  allowedClasses: null,
  allowedSpecies: null,
  startingLevel: null,
  levelRange: null,
  bannedItems: [],
};

const rules = (profile: Partial<StoredRuleProfile> | null, campaignHomebrew = ['hb-a', 'hb-b']): CampaignRules => ({
  campaignId: 'c',
  campaignName: 'C',
  campaignHomebrew,
  profile: profile && { ...NO_LIMITS, ...profile },
});

describe('engineProfileOf', () => {
  it('sets no limits without a profile', () => {
    expect(engineProfileOf(rules(null))).toBeNull();
  });

  it("allows SRD content and the campaign's homebrew, narrowed to the profile's own list", () => {
    expect(engineProfileOf(rules({}))).toEqual({
      allowedSources: ['srd'],
      allowedHomebrew: ['hb-a', 'hb-b'],
      bannedItems: [],
    });
    // hb-c was withdrawn from the campaign after the profile named it: it no longer counts.
    expect(engineProfileOf(rules({ allowSrd: false, allowedHomebrew: ['hb-b', 'hb-c'] }))).toMatchObject({
      allowedSources: [],
      allowedHomebrew: ['hb-b'],
    });
  });

  it('passes the other limits as they are', () => {
    const profile = engineProfileOf(
      rules({
        allowedClasses: ['fighter'],
        allowedSpecies: ['elf'],
        startingLevel: 3,
        levelRange: { min: 3, max: 5 },
        bannedItems: ['longsword'],
      }),
    );
    expect(profile).toMatchObject({
      allowedClasses: ['fighter'],
      allowedSpecies: ['elf'],
      startingLevel: 3,
      levelRange: { min: 3, max: 5 },
      bannedItems: ['longsword'],
    });
  });
});
