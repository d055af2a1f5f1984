// `astro:content` outside Astro (importSourceNatively.mjs, importSource.mjs and the plain Vitest project): the
// schemas import `reference`, and this is Astro's own implementation, the same call Astro's generated module makes.
import { createReference } from 'astro/content/runtime';

export const reference = createReference();
