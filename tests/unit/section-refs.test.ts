import { describe, expect, it } from 'vitest';
import { checkAcrossFiles, type TestPage as PageSource } from '../support/cross-file';
import { sectionRefsIn } from '../../src/lib/section-refs';
import { realFlow } from '../support/checker-flow';

const page = (id: string, lang: 'en' | 'cy', sectionIds: string[]): PageSource => ({
  file: `content/pathways/clinical-coding/pages/${lang}/${id}.mdx`,
  owner: 'clinical-coding',
  lang,
  id,
  slug: id,
  sectionIds,
  body: '',
});

describe('checker references to pathway sections', () => {
  const flow = realFlow();
  const file = 'content/pathways/clinical-coding/checker.yaml';

  it('lists every source a question, rule and note names, with its field', () => {
    const refs = sectionRefsIn.checker(flow);
    expect(refs).toHaveLength(flow.questions.length + flow.rules.length + flow.notes.length);
    expect(refs[0]).toEqual({ field: `questions[${flow.questions[0]!.id}].source`, ...flow.questions[0]!.source });
  });

  it('fails the build naming the file, the field and the reason when a section does not exist', () => {
    const pages = ['en', 'cy'].flatMap((lang) => [
      page('overview', lang as 'en', []),
      page('additional-requirements', lang as 'en', ['dbs-checks', 'shifts']),
    ]);
    const errors = checkAcrossFiles({
      pages,
      pathways: [
        {
          file: 'content/pathways/clinical-coding/pathway.yaml',
          id: 'clinical-coding',
          pages: ['overview', 'additional-requirements'],
          refs: [],
        },
      ],
      glossaryIds: [],
      refs: [
        {
          file,
          owner: 'clinical-coding',
          field: 'rules[pre-employment-no].source',
          page: 'additional-requirements',
          section: 'pre-employment-checks',
        },
        { file, owner: 'clinical-coding', field: 'notes[essential-skills-held].source', page: 'training', section: 'prior-off-the-job' },
        { file, owner: 'clinical-coding', field: 'rules[dbs-no].source', page: 'additional-requirements', section: 'dbs-checks' },
      ],
    });
    expect(errors).toEqual([
      `${file}: rules[pre-employment-no].source: refers to unknown section "pre-employment-checks" of page "additional-requirements" (it has "dbs-checks", "shifts")`,
      `${file}: notes[essential-skills-held].source: refers to unknown page "training" in pathway "clinical-coding"`,
    ]);
  });
});
