import { describe, expect, it } from 'vitest';
import { addressProblem, srcsetAddresses } from '../../../src/mdx/addresses';
import { characterProblem, forbiddenCharacters } from '../../../src/mdx/control-characters';

describe('addressProblem', () => {
  it.each(['https://gov.wales/', 'mailto:help@example.wales', 'tel:+442920000000', '/en/training/', '../training/', 'training/', '#minimum-hours', '?q=dbs', '', 'https:/en/'])(
    'a link may go to %j',
    (address) => {
      expect(addressProblem(address, 'link')).toBeUndefined();
    },
  );

  it.each([
    ['javascript:alert(1)', 'uses javascript:'],
    [' JAVASCRIPT:alert(1)', 'uses javascript:'],
    ['java\tscript:alert(1)', 'uses javascript:'],
    ['data:text/html,<script>x</script>', 'uses data:'],
    ['vbscript:msgbox(1)', 'uses vbscript:'],
    ['http://gov.wales/', 'uses http:'],
    ['ftp://example.com/', 'uses ftp:'],
    ['file:///etc/passwd', 'uses file:'],
    ['//evil.example/', 'is protocol-relative (it leaves out the scheme and goes to evil.example)'],
    ['\\\\evil.example/', 'is protocol-relative'],
    ['/\\evil.example/', 'is protocol-relative'],
    ['https://[', 'is not a valid address'],
  ])('a link may not go to %j', (address, reason) => {
    expect(addressProblem(address, 'link')).toContain(reason);
  });

  it.each(['/images/a.png', 'a.png', '../a.png'])('a resource may load %j', (address) => {
    expect(addressProblem(address, 'resource')).toBeUndefined();
  });

  it.each([
    ['https://images.example/a.png', 'loads from another origin (images.example)'],
    ['http://images.example/a.png', 'uses http:'],
    ['//images.example/a.png', 'is protocol-relative'],
    ['data:image/png;base64,AAAA', 'uses data:'],
    ['mailto:a@example.wales', 'uses mailto:'],
  ])('a resource may not load %j', (address, reason) => {
    expect(addressProblem(address, 'resource')).toContain(reason);
  });

  it('reads every address in a srcset', () => {
    expect(srcsetAddresses('a.png 1x, //x.example/b.png 2x,c.png')).toEqual(['a.png', '//x.example/b.png', 'c.png']);
  });
});

describe('forbidden characters', () => {
  const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
  it.each(bidi.map((code) => [code.toString(16), String.fromCharCode(code)]))('U+%s (bidirectional control) is rejected', (_hex, char) => {
    expect(characterProblem(char)).toMatch(/^bidirectional control character U\+[0-9A-F]{4} \(.+\)/);
  });

  it.each([0x00, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f].map((code) => [code.toString(16), String.fromCharCode(code)]))(
    'U+%s (control character) is rejected',
    (_hex, char) => {
      expect(characterProblem(char)).toMatch(/^control character U\+00[0-9A-F]{2}/);
    },
  );

  it('allows tabs, line endings and the letters and punctuation the pages use', () => {
    expect(forbiddenCharacters('a\tb\r\nc\nŵŷâ “’” – … £ \u00a0é')).toEqual([]);
  });

  it('gives the index of each one', () => {
    expect(forbiddenCharacters('ab\u202ec\u0007').map((c) => c.index)).toEqual([2, 4]);
  });
});
