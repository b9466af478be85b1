import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The site as `npm test` builds it before vitest runs. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
