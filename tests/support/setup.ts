/**
 * Runs before every test file: `astro:content` (which only exists inside an Astro build) becomes
 * tests/support/astro-content.ts, which loads the real content with the site's own schemas.
 */
import { vi } from 'vitest';

vi.mock('astro:content', () => import('./astro-content'));
