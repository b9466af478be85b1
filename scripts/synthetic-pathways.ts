/**
 * Synthetic pathways for the scale benchmark: copies of the real pathway under new ids, slugs and
 * names, written into a temporary content directory (never into content/). Each copy has the full
 * page set and checker in both languages.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_ID = 'clinical-coding';

/** Adds copies 2…count of the clinical coding pathway to `contentDir`, so it holds `count` pathways. */
export function addSyntheticPathways(contentDir: string, count: number): void {
  const source = join(contentDir, 'pathways', SOURCE_ID);
  const yaml = readFileSync(join(source, 'pathway.yaml'), 'utf8');
  for (let n = 2; n <= count; n++) {
    const id = `${SOURCE_ID}-${n}`;
    const target = join(contentDir, 'pathways', id);
    cpSync(source, target, { recursive: true });
    writeFileSync(
      join(target, 'pathway.yaml'),
      yaml
        .replace(/^id: .+$/m, `id: ${id}`)
        .replace(/^slug: .+$/m, `slug: { en: ${id}, cy: codio-clinigol-${n} }`)
        .replace(/^title:\n {2}en: (.+)\n {2}cy: (.+)$/m, `title:\n  en: $1 ${n}\n  cy: $2 ${n}`),
    );
  }
}
