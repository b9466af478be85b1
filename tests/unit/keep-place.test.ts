/** The place the language toggle keeps: the section being read, and the page's query. */
import { describe, expect, it } from 'vitest';
import { addressWithPlace, sectionInView } from '../../src/lib/routing/keep-place';

describe('the section in view', () => {
  const landmarks = [
    { id: 'first', top: -900 },
    { id: 'second', top: -40 },
    { id: 'third', top: 150 },
    { id: 'fourth', top: 600 },
  ];

  it('is the last section whose heading has reached the top fifth of the screen', () => {
    expect(sectionInView(landmarks, 800)).toBe('third');
    expect(sectionInView(landmarks, 700)).toBe('second');
  });

  it('is none at the top of a page, before its first heading', () => {
    expect(sectionInView([{ id: 'first', top: 400 }], 800)).toBeUndefined();
    expect(sectionInView([], 800)).toBeUndefined();
  });
});

describe("the toggle's address with the place", () => {
  it("carries the section and the page's query to the other language's page", () => {
    expect(addressWithPlace('/en/search/', '?q=sifftiau', undefined)).toBe('/en/search/?q=sifftiau');
    expect(addressWithPlace('/cy/codio-clinigol/llwybr-cyfan/', '', 'additional-requirements')).toBe(
      '/cy/codio-clinigol/llwybr-cyfan/#additional-requirements',
    );
  });

  it('replaces the place it carried last time, when the toggle is used again after Back', () => {
    expect(addressWithPlace('/en/x/#old', '', 'new')).toBe('/en/x/#new');
    expect(addressWithPlace('/en/x/#old', '', undefined)).toBe('/en/x/');
  });

  it('keeps a query the toggle already has (the checker writes its answers there)', () => {
    expect(addressWithPlace('/en/check/?route=school', '?route=school&step=prior', 'x')).toBe('/en/check/?route=school#x');
  });

  it('writes the section as a fragment that cannot become part of the path or query', () => {
    expect(addressWithPlace('/en/x/', '', 'a b?c')).toBe('/en/x/#a%20b%3Fc');
  });
});
