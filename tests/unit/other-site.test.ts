import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS, ROOT_LANG } from '../../src/i18n';
import { buildOtherSite, type OtherSite, PSEUDO } from '../support/other-site';
import { leaks, pageWords } from '../support/page-words';
import { pseudo } from '../support/pseudo';

/*
 * The whole site built once, as another university would build it (tests/support/other-site.ts),
 * for two proofs that need a build: its config (fewer methods: no SMS, no app code, no passkey;
 * other names; no `notices` key) is read by every page, sidebar and title as ours is; and a
 * third language, added as data alone (a pseudo-language, `xx`, made from English), shows on its
 * pages no word of Japanese or English that its dictionary and pages did not give it.
 */
/**
 * A text of the other university in every language of the site and the pseudo-language. A
 * language of the site other than Japanese and English (none yet) is given the English: the
 * build asks for a value in every language, and this test reads no page of that language.
 */
const everyLanguage = (ja: string, en: string) => ({
	...Object.fromEntries(LANGS.map((lang) => [lang, en])),
	ja,
	en,
	[PSEUDO]: pseudo(en),
});

const OTHER_UNIVERSITY = {
	name: everyLanguage('テスト大学', 'Test University'),
	exampleAccount: 't0000001@example.test',
	rememberDays: 30,
	methods: ['call', 'push'],
	helpdesk: {
		name: everyLanguage('学術情報課 窓口', 'Academic Information Desk'),
		email: 'desk@example.test',
	},
};

/**
 * Pages no test here reads and no sidebar links, left out of the build (in every language) to
 * keep it as quick as it was with two languages: the chapters and simulators of the methods
 * this config does not offer, but the passkey's chapter (which says so, below).
 */
const UNREAD = ['sms', 'code'].flatMap((m) => [m, `manual/${m}`, `practice/${m}`, `manual/practice/${m}`]).concat('practice/passkey');

let site: OtherSite;
let out = '';
beforeAll(async () => {
	site = await buildOtherSite(OTHER_UNIVERSITY, { leaveOut: UNREAD });
	out = site.out;
}, 300_000);
afterAll(() => site?.remove());

/** The page's main content: its text (tags as spaces) and the links in it. */
function main(path: string) {
	const html = readFileSync(join(out, path, 'index.html'), 'utf8');
	const body = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
	// Previous/next links name other pages, not this one's content.
	const content = body.replace(/<div class="pagination-links[\s\S]*$/, '');
	const text = content
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
	const links = [...content.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
	return { text, links };
}

describe('a build with another university’s config says only what that config offers', () => {
	it('overview: counts and numbers the offered methods, names this institution and its helpdesk', () => {
		const ja = main('');
		expect(ja.text).toContain('テスト大学の手順書をもとに、2 つの認証方法それぞれについて');
		expect(ja.text).toContain('次の 2 つの方法から選べます。');
		expect(ja.text).toContain('1. 電話の着信');
		expect(ja.text).toContain('2. アプリで承認');
		expect(ja.text).toContain('1 の電話の着信');
		expect(ja.text).toContain('海外では 2 のアプリを使ってください。');
		expect(ja.text).toContain('テスト大学で使える 2 つの方法（電話、アプリで承認）を説明します');
		expect(ja.text).toContain('学術情報課 窓口に問い合わせてください');
		expect(ja.text).not.toMatch(/SMS がおすすめ|4 つ|情報基盤センター/);
		// SMS and calls end on 1 February 2027 here (the config does not keep them): the advice opens with the app.
		expect(ja.text).toContain('スマートフォンがあれば、2 のアプリがおすすめです。');
		expect(ja.links).not.toContain('/sms/');
		expect(ja.links).not.toContain('/code/');
		// No passkey in this config: no card, no note about the chapter the manual lacks.
		expect(ja.links).not.toContain('/passkey/');
		expect(ja.links).not.toContain('passkey/');
		expect(ja.text).not.toContain('パスキー（Microsoft Authenticator）');

		const en = main('en');
		expect(en.text).toContain('For each of the two methods');
		expect(en.text).toContain('You can choose one of these two methods.');
		expect(en.text).toContain('Use the app (2) when you are outside Japan.');
		expect(en.text).toContain('covers the two methods Test University offers: Phone call and App approval.');
		expect(en.text).toContain('contact the Academic Information Desk');
		expect(en.text).not.toMatch(/we recommend 1, text message|four|IT Center/);
		expect(en.text).toContain('If you have a smartphone, we recommend the app (2).');
	});

	it('the passkey chapter, which this config does not offer, says so; the helpdesk table lists no passkey step', () => {
		expect(main('passkey').text).toContain('この方法は現在提供されていません。');
		expect(main('en/passkey').text).toContain('This method is not offered at the moment.');
		expect(main('helpdesk').links.filter((href) => href.includes('/passkey/'))).toEqual([]);
	});

	it('the SMS/voice retirement notice is shown when the config leaves `notices` out', () => {
		for (const page of ['', 'call', 'en', 'en/call']) {
			expect(
				main(page).links.some((href) => href.includes('concept-sms-voice-retirement')),
				page,
			).toBe(true);
		}
	});

	it('the manual’s edition reads as printed: 14 days (not this config’s 30), its own step numbers, the guide’s notes marked', () => {
		for (const [page, days, other, note, place] of [
			['manual/call', '今後 14 日間', '30 日間', 'ガイドの補足 共用の PC では', '手順書 ②（P.2～5）'],
			['en/manual/call', 'ask again for 14 days', '30 days', 'Guide’s note Do not tick it on a shared PC', 'Manual ② (pp. 2–5)'],
		] as const) {
			const { text } = main(page);
			expect(text, page).toContain(days);
			expect(text, page).not.toContain(other);
			expect(text, page).toContain(note);
			expect(text, page).toContain(place);
		}
		// Today's chapter keeps this config's days.
		expect(main('call').text).toContain('今後 30 日間');
	});

	it('troubleshooting: no advice about, and no link to, a method that is not offered', () => {
		for (const lang of ['ja', 'en'] as const) {
			const { text, links } = main(lang === 'en' ? 'en/troubleshooting' : 'troubleshooting');
			const chapters = links.filter((href) => /^\/(en\/)?(sms|call|push|code|passkey)\//.test(href)).map((href) => href.split('/').at(-2));
			expect(new Set(chapters), lang).toEqual(new Set(['call', 'push']));
			// The answers about the app's code and about typed codes are gone, with their headings.
			expect(text).not.toMatch(/アプリのコード|全角|時刻のずれ|app’s code|App code|full-width|clock/);
			// …and the SMS-only advice.
			expect(text).not.toMatch(/SMS のコード|code from a text message/);
			// No sentence lost its link and kept an empty bracket.
			expect(text).not.toMatch(/（\s*）|\(\s*\)/);
			expect(text).toContain(lang === 'ja' ? '学術情報課 窓口' : 'Academic Information Desk');
			expect(text).toContain(lang === 'ja' ? '今後 30 日間' : 'Don’t ask again for 30 days');
		}
	});
	it('lists only its methods in the sidebar', () => {
		const html = readFileSync(join(out, 'index.html'), 'utf8');
		const sidebar = html.slice(html.indexOf('<nav class="sidebar'), html.indexOf('</nav>', html.indexOf('<nav class="sidebar')));
		const links = [...sidebar.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
		expect(links).toEqual(expect.arrayContaining(['/call/', '/push/', '/practice/call/', '/manual/push/']));
		expect(links.filter((href) => /\/(sms|code|passkey)\/$/.test(href))).toEqual([]);
	});
});

const pagesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? pagesUnder(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : [],
	);

describe('a third language is data: its line in LOCALES, its dictionary, its pages and Starlight’s words for it', () => {
	/** The words of a page of the pseudo-language (tests/support/page-words.ts), by its path under /xx/. */
	const words = (path: string) => pageWords(readFileSync(join(out, PSEUDO, path, 'index.html'), 'utf8'), PSEUDO).map((w) => w.text);

	it('has a page for each English one, in its language', () => {
		const english = pagesUnder(join(out, 'en')).map((p) => relative(join(out, 'en'), p));
		const own = pagesUnder(join(out, PSEUDO)).map((p) => relative(join(out, PSEUDO), p));
		expect(own.sort()).toEqual(english.sort());
		expect(readFileSync(join(out, PSEUDO, 'push/index.html'), 'utf8')).toMatch(new RegExp(`<html lang="${PSEUDO}"`));
	});

	it('is reached from every page’s language switch, which links every other language', () => {
		const switchTo = (path: string) => {
			const html = readFileSync(join(out, path, 'index.html'), 'utf8');
			const at = html.indexOf('<mfa-lang-switch');
			const links = html.slice(at, html.indexOf('</mfa-lang-switch>', at));
			return [...links.matchAll(/href="([^"]*)" hreflang="([^"]*)"/g)].map((m) => `${m[2]} ${m[1]}`);
		};
		// The site's languages in LOCALES' order, the pseudo-language's line after English's (tests/support/other-site.ts).
		const all = LANGS.flatMap((lang) => (lang === 'en' ? [lang, PSEUDO] : [lang]));
		const others = (here: string) =>
			all.filter((lang) => lang !== here).map((lang) => `${lang} ${lang === ROOT_LANG ? '' : `/${lang}`}/push/`);
		expect(switchTo('push')).toEqual(others(ROOT_LANG));
		expect(switchTo('push')).toEqual(expect.arrayContaining([`${PSEUDO} /${PSEUDO}/push/`]));
		expect(switchTo(`${PSEUDO}/push`)).toEqual(others(PSEUDO));
	});

	it('shows no Japanese and no plain English on any of its pages (its pages’ text is its own; addresses and code are data)', () => {
		const found = pagesUnder(join(out, PSEUDO)).flatMap((file) =>
			leaks(pageWords(readFileSync(file, 'utf8'), PSEUDO)).map((w) => `${relative(out, file)} ${w.where}: ${w.text.trim().slice(0, 160)}`),
		);
		expect(found).toEqual([]);
	});

	it('reads its chrome from its own words: header, sidebar, steps, pictures, simulator, helpdesk table, pagination', () => {
		// What the sweep above read is there, in the pseudo-language: it saw the parts it vouches for.
		const seen = (path: string, texts: string[]) => {
			const all = words(path).join('\n');
			for (const text of texts) expect(all, `/${PSEUDO}/${path}: ${text}`).toContain(pseudo(text));
		};
		const en = DICTIONARIES.en;
		seen('push', [
			'Test University MFA guide', // the site's title, with the institution's name in the language
			'Skip to content', // Starlight's words, from its i18n collection
			'On this page',
			'Next',
			en['sidebar.troubleshooting'],
			en['step.copyLink'],
			en['edition.sources'],
			en['practice.pc'], // a picture's description
		]);
		seen('manual/push', [en['step.manualPlace'].split('{')[0]!, en['guideNote.label']]);
		seen('practice/push', [en['practice.phone'], en['pc.next']]); // the simulator's strings, as JSON
		seen('helpdesk', [en['helpdesk.col.method'], en['helpdesk.copy'], en['helpdesk.qrHeading']]);
		seen('troubleshooting', [en['contact.email'], en['topic.index']]);
	});
});
