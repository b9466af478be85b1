import { describe, expect, it } from 'vitest';
import { isSiteFact, siteFactText } from '../../src/lib/pathway/facts';

describe('site facts', () => {
  it('formats the site review date in each language', () => {
    const site = { lastReviewed: '2026-11-24' };
    expect(siteFactText(site, 'siteLastReviewed', 'en')).toBe('24 November 2026');
    expect(siteFactText(site, 'siteLastReviewed', 'cy')).toBe('24 Tachwedd 2026');
  });

  it('tells site facts from pathway facts', () => {
    expect(isSiteFact('siteLastReviewed')).toBe(true);
    expect(isSiteFact('revisionDate')).toBe(false);
  });

  it('rejects a review date that does not parse', () => {
    expect(() => siteFactText({ lastReviewed: '2026-13-45' }, 'siteLastReviewed', 'en')).toThrow(/not a date/);
  });
});
