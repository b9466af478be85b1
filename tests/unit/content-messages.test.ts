/** The pieces that make content errors readable: names by id, suggestions, plain-text rules, one error listing each problem once. */
import { describe, expect, it } from 'vitest';
import { fieldName, issuePath } from '../../src/validation/describe-issue';
import { readYaml } from '../../src/validation/yaml-source';
import { nearest } from '../../src/lib/text/nearest';
import { unsafeTextProblem } from '../../src/lib/text/plain-text';
import { ContentError } from '../../src/lib/content-error';

describe('naming a field by what the author wrote', () => {
  const data = {
    rules: [{ id: 'dbs-yes' }, { id: 'dbs-no', outcome: 'x' }],
    questions: [{ id: 'dbs', options: [{ value: 'yes' }, { value: 'no', label: {} }] }],
    pages: ['overview', 'training'],
    intro: [{ en: 'a' }, { en: 'b' }],
  };
  it.each([
    [['rules', 1, 'outcome'], 'rules[dbs-no].outcome'],
    [['questions', 0, 'options', 1, 'label', 'cy'], 'questions[dbs].options[no].label.cy'],
    [['pages', 1], 'pages["training"]'],
    [['intro', 1, 'cy'], 'intro[item 2].cy'],
    [[], '(the whole file)'],
  ] as const)('%j is %s', (path, name) => {
    expect(fieldName(path, data)).toBe(name);
  });

  it('an unknown key is named itself, not by the object that holds it', () => {
    expect(issuePath({ path: ['bodies'], code: 'unrecognized_keys', keys: ['fundng'], message: '' })).toEqual(['bodies', 'fundng']);
  });
});

describe('finding the line', () => {
  const source = readYaml('id: demo\nrules:\n  - id: a\n  - id: b\n    outcome: x\n', 10);
  it('of a value, a list item and, for a missing key, the thing that should hold it', () => {
    expect(source.positionOf(['rules', 1, 'outcome'])).toEqual({ line: 15, column: 5 });
    expect(source.positionOf(['rules', 1])).toEqual({ line: 14, column: 5 });
    expect(source.positionOf(['rules', 1, 'missing'])).toEqual({ line: 14, column: 5 });
  });
  it('of a syntax error', () => {
    expect(readYaml('a: [1, 2\nb: 3\n').errors[0]).toMatch(/^2:1: not valid YAML: /);
  });
});

describe('did you mean', () => {
  it.each([
    ['minimumCredit', 'minimumCredits'],
    ['tilte', 'title'],
    ['Defintion', 'definition'],
    ['colour', undefined],
  ])('%s → %s', (word, expected) => {
    expect(nearest(word, ['minimumCredits', 'title', 'definition', 'level'])).toBe(expected);
  });
});

describe('plain text', () => {
  it.each([
    ['Level 4 & up: 48 credits, ‘quoted’, “Cymraeg”', undefined],
    ['Two\\nlines are fine', undefined],
    ['Call <a href="tel:0900">now</a>', /HTML/],
    ['<!-- hidden -->', /HTML/],
    ['evil\u202Ereversed', /U\+202E/],
    ['isolate\u2066x\u2069', /U\+2066/],
    ['zero\u200Bwidth', /U\+200B/],
    ['bell\u0007', /U\+0007/],
  ] as const)('%j', (value, problem) => {
    const found = unsafeTextProblem(value.replace('\\n', '\n'));
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
  it('a "less than" that is not a tag is fine', () => {
    expect(unsafeTextProblem('fewer than 5 < 6 hours')).toBeUndefined();
  });
});

describe('the error that stops the build', () => {
  it('lists each problem once and carries no stack trace for Astro to print', () => {
    const error = new ContentError(['a.yaml:1:1: x: is missing', 'a.yaml:1:1: x: is missing', 'b.yaml:2:3: y: is empty']);
    expect(error.message).toBe('The content has 2 errors:\n  - a.yaml:1:1: x: is missing\n  - b.yaml:2:3: y: is empty');
    expect(error.stack).toBe('');
  });
});
