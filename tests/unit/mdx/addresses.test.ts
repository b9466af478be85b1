import { describe, expect, it } from 'vitest';
import { addressProblem, cssUrls, srcsetAddresses } from '../../../src/mdx/addresses';

describe('addressProblem', () => {
  it.each([
    'https://gov.wales/',
    'mailto:help@example.wales',
    'tel:+442920000000',
    '/en/training/',
    '../training/',
    'training/',
    '#minimum-hours',
    '?q=dbs',
    '',
    'https:/en/',
  ])('a link may go to %j', (address) => {
    expect(addressProblem(address, 'link')).toBeUndefined();
  });

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

  it('reads every url(…) and src(…) in a CSS value, through comments and escapes', () => {
    expect(cssUrls('url(a) URL( "b c" ) src(\'d\') u/**/rl(e) \\75 rl(f) \\000055RL(g) curl(h) my-url(i) url(j')).toEqual([
      'a',
      'b c',
      'd',
      'e',
      'f',
      'g',
      'j',
    ]);
  });
});
