import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { STARLIGHT_STRINGS } from './i18n/starlight';

// Chapters live in the top-level content/ folder (Japanese at its root, English under
// en/) so that editors find them without digging through src/.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// Starlight's words for the languages it does not ship (src/i18n/starlight.ts), each entry
	// named by its language, as Starlight reads its i18n collection.
	i18n: defineCollection({
		loader: () => Object.entries(STARLIGHT_STRINGS).map(([id, strings]) => ({ id, ...strings })),
		schema: i18nSchema(),
	}),
};
