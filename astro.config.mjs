// @ts-check

import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { institution } from './src/config/institution.ts';
import { t } from './src/i18n/index.ts';
import * as locales from './src/i18n/locales.ts';
import { cspInlineScripts } from './src/integrations/csp-inline-scripts.ts';
import { methodsOf } from './src/methods.ts';

// A sub-path deployment (e.g. https://www.example.ac.jp/mfa/) sets BASE_PATH=/mfa/ at
// build time; every link the site makes goes through Astro's base.
const base = process.env.BASE_PATH || '/';

// The app methods: the pairing demo practises adding an authenticator app and typing its
// code, which only helps where the institution offers one of them.
const appMethods = ['push', 'code'];

/**
 * The site's config, made from its institution and its languages. This file loads them
 * outside Vite, so a build that stands other ones in for ours (another university's config,
 * a third language: tests/support/other-site.ts) hands its own to this function.
 *
 * @param {object} site
 * @param {import('./src/config/schema.ts').InstitutionConfig} site.institution
 * @param {typeof import('./src/i18n/locales.ts')} site.locales the list of languages and its helpers
 * @param {typeof t} site.t the dictionaries' strings
 */
export function siteConfig({ institution, locales: { LANGS, LOCALES, OTHER_LANGS, ROOT_LANG }, t }) {
	// A sidebar label from the dictionaries (sidebar.* in src/i18n/ja.ts, en.ts): the root
	// language's text as the label, every other language's as its translation.
	/** @param {import('./src/i18n/index.ts').Key} key */
	const label = (key) => ({
		label: t(ROOT_LANG, key),
		translations: Object.fromEntries(OTHER_LANGS.map((lang) => [lang, t(lang, key)])),
	});

	return defineConfig({
		base,
		trailingSlash: 'always',
		// Starlight turns on Astro's prefetch for every link (on hover). Its script watches the whole
		// page for added links and rescans them all at each change: on the simulator and the pairing
		// demo, which repaint often, it was the page's busiest script (Lighthouse's "JavaScript
		// execution time"), for a prefetch that phones never make (no hover) and a static page of a
		// few KB does not need. Off, every page sends 1.1 KB gzip of JavaScript less.
		prefetch: false,
		security: {
			// A Content-Security-Policy on every page, as a <meta> element (a static site sets no
			// headers): the guide promises that nothing leaves the page, and the browser now holds it
			// to that. Scripts and <style> elements run only when their hash is in the policy (Astro
			// adds a hash for each one it emits) or when they are files of this site.
			csp: {
				scriptDirective: {
					// Pagefind's search compiles WebAssembly: allowed, and no other eval.
					resources: ["'self'", "'wasm-unsafe-eval'"],
				},
				styleDirective: {
					// Starlight sets custom properties in style attributes (a sidebar entry's --depth, an
					// icon's size); an attribute cannot load or run anything that the other directives allow.
					resources: ["'self'", { kind: 'attribute', resource: "'unsafe-inline'" }],
				},
				directives: [
					"default-src 'self'",
					// The QR codes and the simulator's pictures are drawn in the page (data: and blob: URLs).
					"img-src 'self' data: blob:",
					"font-src 'self'",
					"connect-src 'self'",
					// The simulator's practice service answers through MSW's service worker, a file of this site.
					"worker-src 'self'",
					"manifest-src 'self'",
					"object-src 'none'",
					"base-uri 'self'",
					"form-action 'self'",
					"frame-src 'none'",
				],
			},
		},
		vite: {
			resolve: {
				alias: [
					// See src/backend/no-cookie-jar.ts: MSW runs as it is, with a cookie jar that keeps nothing
					// (its own jar brings the public suffix list, most of MSW's weight in the page).
					{ find: /^tough-cookie$/, replacement: fileURLToPath(new URL('./src/backend/no-cookie-jar.ts', import.meta.url)) },
					// See src/lib/pagefind-on-demand.ts: the search UI loads when a reader goes to search.
					{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/lib/pagefind-on-demand.ts', import.meta.url)) },
				],
			},
		},
		// Nothing may be fetched from another origin; Astro's prefetch and image services
		// stay local, and no integration here adds a remote script.
		integrations: [
			starlight({
				title: Object.fromEntries(LANGS.map((lang) => [lang, t(lang, 'site.title', { institution: institution.name[lang] })])),
				description: 'Office 365 の二要素認証（多要素認証）の登録とサインインの手順',
				defaultLocale: 'root',
				// From src/i18n/locales.ts: the root language at the site's root, every other under /<lang>/.
				locales: Object.fromEntries(LANGS.map((lang) => [lang === ROOT_LANG ? 'root' : lang, { label: LOCALES[lang].label, lang }])),
				sidebar: [
					{ ...label('sidebar.overview'), link: '/' },
					{ ...label('sidebar.choose'), link: '/choose/' },
					{
						...label('sidebar.steps'),
						// By slug, so each link's label is its chapter's title in that language:
						// the sidebar and the page a reader lands on always say the same thing.
						// Then the chapter after enrolment (a new or lost phone), which is a task, not a method
						// (TASKS in src/methods.ts): every student has it, whatever the methods offered.
						items: [...institution.methods.map((m) => ({ slug: m })), { slug: 'manage' }],
					},
					{
						// The simulator of each offered method and the live pairing demo: without
						// this group they were reachable only from links inside the chapters.
						...label('sidebar.practice'),
						items: [
							...institution.methods.map((m) => ({ slug: `practice/${m}` })),
							// After enrolment (a new or lost phone): every student's, as its chapter is.
							{ slug: 'practice/manage' },
							...(institution.methods.some((m) => appMethods.includes(m)) ? [{ slug: 'pairing' }] : []),
							// Every student meets passkeys now (offered to SMS and call users since 1 September
							// 2026, required of those with nothing else from 1 February 2027): the demo is for all.
							{ slug: 'passkey-demo' },
						],
					},
					{
						// The university's manual of December 2020, as it reads, with its own simulator:
						// collapsed, as most readers want today's screens.
						...label('sidebar.manual'),
						collapsed: true,
						// Only the methods the manual has: it has no passkeys, so the passkey is not in this group.
						items: [
							...methodsOf('manual', institution.methods).map((m) => ({ slug: `manual/${m}` })),
							...methodsOf('manual', institution.methods).map((m) => ({ slug: `manual/practice/${m}` })),
						],
					},
					{ ...label('sidebar.troubleshooting'), link: '/troubleshooting/' },
					// What a sign-in error or notice means: a student or the helpdesk types the code or the words.
					{ ...label('sidebar.messages'), link: '/messages/' },
					// Every practice screen, found by a word it shows: for whoever knows the screen but not the step.
					{ ...label('sidebar.screens'), link: '/screens/' },
					{ ...label('sidebar.helpdesk'), link: '/helpdesk/' },
				],
				components: {
					// A link instead of a <select>: works without JavaScript and keeps the #step being read.
					LanguageSelect: './src/components/helpdesk/LanguageSelect.astro',
					// Writes out the absolute target of each link for print (see src/styles/print.css).
					MarkdownContent: './src/components/helpdesk/MarkdownContent.astro',
					// Normalises full-width letters and digits typed with a Japanese keyboard.
					Search: './src/components/helpdesk/Search.astro',
				},
				customCss: ['./src/styles/guide.css', './src/styles/print.css'],
				routeMiddleware: './src/route-middleware.ts',
				lastUpdated: false,
				pagination: true,
			}),
			// After Starlight: adds the hashes of its inline scripts to each page's policy (see the file).
			cspInlineScripts(),
		],
	});
}

export default siteConfig({ institution, locales, t });
