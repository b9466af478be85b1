/** The part of nspell (Hunspell in JavaScript, no types of its own) the search indexer uses. */
declare module 'nspell' {
  interface NSpell { correct(word: string): boolean }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): NSpell;
}
