import { h } from '../element';
import type { NoticeParams } from './notice';

export const examples: Record<string, NoticeParams> = {
  'a paragraph': {
    id: 'notice-paragraph',
    title: 'Part of the web address was not understood',
    content: [h('p', {}, 'We ignored 2 parts of the web address.')],
  },
  'with a list and attributes': {
    id: 'notice-list',
    title: 'Some answers were not kept',
    content: [h('p', {}, 'We have not kept the answers to these questions:'), h('ul', {}, h('li', {}, 'Which county do you live in?'))],
    attrs: { 'data-notice': true },
  },
};
