import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { METHODS, type Method } from './config/schema';
import { langOf, phaseKey, t } from './i18n';
import { editionOf } from './lib/site-paths';
import { PHASES, phaseSteps } from './steps';

/**
 * Steps are rendered by a component, so Markdown's heading scan never sees them. List
 * them in "on this page" under their phase heading, so a reader on a phone can jump
 * straight to step 6 from the table of contents.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const method = route.id.split('/').at(-1) as Method;
	if (!route.toc || !METHODS.includes(method)) return;
	const lang = langOf(route.lang);
	for (const phase of PHASES) {
		const heading = route.toc.items.find((item) => item.text === t(lang, phaseKey(phase)));
		if (!heading) continue;
		heading.children = phaseSteps(method, editionOf(route.id), phase).map((step, i) => ({
			depth: 3,
			slug: step.id,
			text: `${i + 1}. ${step.title[lang]}`,
			children: [],
		}));
	}
});
