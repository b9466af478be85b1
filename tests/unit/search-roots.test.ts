import { describe, expect, it } from 'vitest';
import { ROOT_MARK, addMutationRoots, bodyWords, stripIgnored } from '../../src/lib/search/roots';

const page = (body: string) =>
  `<html lang="cy"><body><header><p>Chwilio'r wefan: brentisiaeth</p></header><article data-pagefind-body>${body}</article><footer><p>Gyflogwr</p></footer></body></html>`;

describe('addMutationRoots', () => {
  it('adds the radical of a mutated word right after its block, marked', () => {
    const { html, added } = addMutationRoots(page('<h1>Teitl</h1><p>Eich brentisiaeth chi.</p><p>Arall.</p>'));
    expect(added).toContain('prentisiaeth');
    expect(html).toContain(`<p>Eich brentisiaeth chi.</p> <span>${ROOT_MARK}prentisiaeth</span> <p>Arall.</p>`);
  });
  it('adds nothing outside the indexed body or inside ignored parts', () => {
    const { added } = addMutationRoots(
      page(
        '<nav data-pagefind-ignore><h2>Ar y dudalen</h2><ul><li>Gyflogwr</li></ul></nav><p data-pagefind-ignore="">Ddiwethaf</p><p>Testun.</p>',
      ),
    );
    expect(added).not.toContain('cyflogwr');
    expect(added).not.toContain('diwethaf');
    expect(added).not.toContain('prentisiaeth');
  });
  it('adds a radical once per section and again in a new section', () => {
    const { added } = addMutationRoots(page('<p>ei gyflogwr</p><p>eich gyflogwr</p><h2 id="b">Dau</h2><p>ein gyflogwr</p>'));
    expect(added.filter((w) => w === 'cyflogwr')).toHaveLength(2);
  });
  it('does not add a radical the section already has', () => {
    const { added } = addMutationRoots(page('<p>cyflogwr a gyflogwr</p>'));
    expect(added).not.toContain('cyflogwr');
  });
  it('leaves English names given as English alone', () => {
    const { added } = addMutationRoots(page('<p>Wales brentisiaeth</p>'), new Set(['wales']));
    expect(added).toEqual(['prentisiaeth']);
  });
  it('changes nothing on a page with no indexed body', () => {
    const html = '<html lang="cy"><body><p>brentisiaeth</p></body></html>';
    expect(addMutationRoots(html)).toEqual({ html, added: [] });
  });
});

describe('stripIgnored and bodyWords', () => {
  it('removes ignored elements, nested ones included', () => {
    expect(stripIgnored('<div><nav data-pagefind-ignore><nav>a</nav><p>b</p></nav><p>c</p></div>')).toBe('<div><p>c</p></div>');
  });
  it('lists the indexed words only', () => {
    expect(bodyWords(page('<p>Health Education &amp; Improvement Wales</p><p data-pagefind-ignore>Hidden</p>'))).toEqual([
      'health',
      'education',
      'improvement',
      'wales',
    ]);
  });
});
