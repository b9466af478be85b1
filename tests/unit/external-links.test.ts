/**
 * Links go where they say (security review F4, F6, F13, F19): only to the hosts
 * content/site/external-links.yaml lists, in plain ASCII and without credentials; a Welsh page
 * links what its English page links (or a listed Welsh version); a link may carry only listed
 * attributes. Each case is the real content plus one named edit.
 */
import { describe, expect, it } from 'vitest';
import { addressProblem } from '../../src/mdx/addresses';
import { unsafeContentInMdx } from '../../src/mdx/check-source';
import { contentCheckWithEdit } from '../support/content-edit';

const features = { headingAttributes: true, smartPunctuation: false };
const hosts = new Set(['findanapprenticeship.service.gov.wales', 'www.equalityadvisoryservice.com']);
const checkWithEdit = contentCheckWithEdit({ unsafeMdx: (source, rules) => unsafeContentInMdx(source, features, rules) });

describe('a link to another site', () => {
  it('may go to a listed host', () => {
    expect(
      addressProblem('https://findanapprenticeship.service.gov.wales/find-an-apprenticeship-framework/', 'link', hosts),
    ).toBeUndefined();
  });

  it.each([
    [
      'https://findanapprenticeship.service.gov.wales.evil.example/',
      /^goes to findanapprenticeship\.service\.gov\.wales\.evil\.example, which is not one of the sites content may link to/,
    ],
    [
      'https://findanapprenticeship.service.gov.w\u0430les/',
      /^goes to an internationalised host name \(findanapprenticeship\.service\.gov\.xn--/,
    ],
    ['https://findanapprenticeship.service.gov.wales@evil.example/', /^names a user before "@" \(evil\.example is where it really goes\)/],
    ['https://findanapprenticeship.service.gov.wales:8443/', /^names a port/],
  ])('may not go to %s', (address, reason) => {
    expect(addressProblem(address, 'link', hosts)).toMatch(reason);
  });

  it("may not carry credentials or an internationalised name even where no list is given (the compiler's own check)", () => {
    expect(addressProblem('https://gov.wales@evil.example/', 'link')).toMatch(/^names a user/);
    expect(addressProblem('https://www.equalityadvisoryservice.com.\u0430dvice-cymru.example/', 'link')).toMatch(
      /^goes to an internationalised host name/,
    );
    expect(addressProblem('https://www.gov.wales/', 'link')).toBeUndefined();
  });

  it('carries only the attributes a link may have: no referrer policy, no attribution reporting (F6, F19)', () => {
    const problems = unsafeContentInMdx(
      'You can also search the <a href="https://findanapprenticeship.service.gov.wales/" referrerpolicy="unsafe-url">service</a> or <a href="/en/" attributionsrc="https://evil.example/">home</a>.\n',
      features,
      { linkHosts: hosts },
    ).map((problem) => problem.reason);
    expect(problems).toEqual([
      expect.stringMatching(/^<a referrerpolicy> is not allowed: content may give <a> only href, hreflang, type, class/),
      expect.stringMatching(/^<a attributionsrc> is not allowed/),
    ]);
  });
});

describe('the content check', () => {
  it('refuses a Welsh link swapped to a look-alike host, at its line, for two reasons (F4)', () => {
    const problems = checkWithEdit('site/pages/cy/accessibility.mdx', (text) =>
      text.replace('https://www.equalityadvisoryservice.com/', 'https://www.equalityadvisoryservice.com.\u0430dvice-cymru.example/'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^site\/pages\/cy\/accessibility\.mdx:48:\d+: link "https:\/\/www\.equalityadvisoryservice\.com\.\u0430dvice-cymru\.example\/" goes to an internationalised host name/,
      ),
      expect.stringMatching(
        /^site\/pages\/cy\/accessibility\.mdx:48:\d+: link "https:\/\/www\.equalityadvisoryservice\.com\.\u0430dvice-cymru\.example\/" is not one of the English page's links \(site\/pages\/en\/accessibility\.mdx\)/,
      ),
      'site/pages/cy/accessibility.mdx:1:1: has no link to https://www.equalityadvisoryservice.com/, which the English page links (site/pages/en/accessibility.mdx:48): link the same address, so that both languages send readers to the same place',
    ]);
  });

  it('refuses a Welsh page that links a listed site its English page does not', () => {
    const problems = checkWithEdit('site/pages/cy/accessibility.mdx', (text) =>
      text.replace('https://www.equalityadvisoryservice.com/', 'https://findanapprenticeship.service.gov.wales/'),
    );
    expect(problems).toContain(
      'site/pages/cy/accessibility.mdx:1:1: has no link to https://www.equalityadvisoryservice.com/, which the English page links (site/pages/en/accessibility.mdx:48): link the same address, so that both languages send readers to the same place',
    );
    expect(
      problems.some((problem) =>
        /^site\/pages\/cy\/accessibility\.mdx:48:\d+: link "https:\/\/findanapprenticeship\.service\.gov\.wales\/" is not one of the English page's links/.test(
          problem,
        ),
      ),
    ).toBe(true);
  });

  it('accepts the Welsh version of a service the list pairs with the English one', () => {
    const files = checkWithEdit('site/external-links.yaml', (text) => `${text}\n`);
    expect(files).toEqual([]);
    const unpaired = checkWithEdit('site/external-links.yaml', (text) => text.replace(/welshVersions:[\s\S]*$/, 'welshVersions: []\n'));
    expect(unpaired.some((problem) => problem.includes('open-government-licence-cymraeg'))).toBe(true);
  });

  it("refuses a pathway's published address on a look-alike host (F4)", () => {
    const problems = checkWithEdit('pathways/clinical-coding/pathway.yaml', (text) =>
      text.replace('https://findanapprenticeship.service.gov.wales/', 'https://findanapprenticeship.service.gov.wales@evil.example/'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^pathways\/clinical-coding\/pathway\.yaml:16:\d+: published\.en: "https:\/\/findanapprenticeship\.service\.gov\.wales@evil\.example\/.*" names a user before "@"/,
      ),
    ]);
  });

  it('refuses a host list with a look-alike or a whole address in it, at its line', () => {
    let edited = '';
    const problems = checkWithEdit(
      'site/external-links.yaml',
      (text) =>
        (edited = text.replace(
          '  - mcmw.abilitynet.org.uk',
          '  - mcmw.abilitynet.org.uk\n  - https://evil.example/\n  - xn--gov-wles-xyz.example',
        )),
    );
    const lineOf = (entry: string) => edited.split('\n').indexOf(`  - ${entry}`) + 1;
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^site/external-links\\.yaml:${lineOf('https://evil.example/')}:5: hosts\\["https://evil\\.example/"\\]: must be a host name in lower-case ASCII`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^site/external-links\\.yaml:${lineOf('xn--gov-wles-xyz.example')}:5: hosts\\["xn--gov-wles-xyz\\.example"\\]: is an internationalised \\(punycode\\) host name`,
        ),
      ),
    ]);
  });

  it('reports MDX it cannot read where the parser stopped, not as a clean file (F13)', () => {
    const problems = checkWithEdit(
      'pathways/clinical-coding/pages/en/progression.mdx',
      (text) => `${text}\nSee <javascript:alert(1)> now.\n`,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^pathways\/clinical-coding\/pages\/en\/progression\.mdx:\d+:5: cannot be read as MDX: Unexpected character after `<`/,
      ),
    ]);
  });
});
