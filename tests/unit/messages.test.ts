import { describe, expect, it } from 'vitest';
import { isTopic } from '../../src/components/helpdesk/topics';
import { DICTIONARIES, isKey, LANGS } from '../../src/i18n';
import { headingsFirst } from '../../src/lib/search-results';
import { haystackOf, matchesQuery, queryTerms } from '../../src/messages/match';
import { MESSAGES, type Message } from '../../src/messages/messages';
import { MESSAGE_SOURCES } from '../../src/messages/sources';
import type { Method } from '../../src/methods';
import { findStep } from '../../src/steps';

// The message lookup (/messages/): every entry says where its words come from, or that no source was found,
// and a student who types its code or words from its screen finds it, in either language.

const words = (lang: (typeof LANGS)[number], message: Message) =>
	(['title', 'meaning', 'todo'] as const).map((part) => {
		const key = `message.${message.id}.${part}`;
		return isKey(key) ? DICTIONARIES[lang][key] : '';
	});

/** What the page's script compares a query with: the entry's title, quotes, meaning and advice. */
const haystack = (lang: (typeof LANGS)[number], message: Message) =>
	haystackOf([words(lang, message)[0], ...message.quotes.map((q) => q.text), ...words(lang, message).slice(1)].join(' '));

describe('the message lookup', () => {
	it('has unique ids that are safe as anchors', () => {
		const ids = MESSAGES.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('gives every quote a source of its list, or marks it UNVERIFIED', () => {
		const unsourced = MESSAGES.flatMap((m) =>
			m.quotes.filter((q) => q.from !== 'UNVERIFIED' && !Object.hasOwn(MESSAGE_SOURCES, q.from.source)).map((q) => `${m.id}: ${q.text}`),
		);
		expect(unsourced).toEqual([]);
		for (const m of MESSAGES) expect(m.quotes.length, m.id).toBeGreaterThan(0);
		// Every source listed is an https address some entry cites.
		for (const [key, source] of Object.entries(MESSAGE_SOURCES)) {
			expect(source.href, key).toMatch(/^https:\/\//);
			expect(
				MESSAGES.some((m) => m.quotes.some((q) => q.from !== 'UNVERIFIED' && q.from.source === key)),
				key,
			).toBe(true);
		}
	});

	it('says in Japanese what each screen shows, sourced or marked; a code is described in Microsoft’s English', () => {
		for (const m of MESSAGES) {
			const languages = m.quotes.map((q) => q.lang);
			if (m.kind === 'screen') expect(languages.sort(), m.id).toEqual(['en', 'ja']);
			else expect(languages, m.id).toContain('en');
		}
		// Only the screens no source gives are marked; Learn's descriptions of codes are all sourced.
		const marked = MESSAGES.filter((m) => m.quotes.some((q) => q.from === 'UNVERIFIED')).map((m) => m.id);
		expect(marked).toEqual(['request-denied', 'no-response', 'number-mismatch', 'no-numbers', 'sign-in-blocked']);
		expect(MESSAGES.filter((m) => m.kind === 'code').every((m) => m.quotes.every((q) => q.from !== 'UNVERIFIED'))).toBe(true);
	});

	it('has the codes Microsoft Learn documents for MFA, and the screen messages students report', () => {
		const codes = MESSAGES.flatMap((m) => (m.kind === 'code' ? [m.code] : []));
		for (const code of ['AADSTS50074', 'AADSTS50076', 'AADSTS50079', 'AADSTS50158', 'AADSTS53003', '500121']) expect(codes).toContain(code);
		const english = MESSAGES.flatMap((m) => m.quotes.filter((q) => q.lang === 'en').map((q) => q.text));
		for (const text of [
			'We didn’t hear from you',
			'Request denied',
			'You’ve hit our limit on verification calls',
			'Your sign-in was blocked',
		]) {
			expect(english).toContain(text);
		}
	});

	it('has a title, a meaning and advice for every entry in every language', () => {
		for (const lang of LANGS) {
			for (const m of MESSAGES) {
				const [title, meaning, todo] = words(lang, m);
				expect(title, `${lang} ${m.id}`).toBeTruthy();
				expect(meaning, `${lang} ${m.id}`).toBeTruthy();
				expect(todo, `${lang} ${m.id}`).toBeTruthy();
			}
		}
	});

	it('links only answers, steps and practice steps that exist', () => {
		for (const m of MESSAGES) {
			if (m.topic !== undefined) expect(isTopic(m.topic), `${m.id} → ${m.topic}`).toBe(true);
			for (const ref of m.steps ?? []) {
				const [method, id] = ref.split('#') as [Method, string];
				expect(() => findStep(method, id), `${m.id} → ${ref}`).not.toThrow();
			}
			if (m.practice) expect(() => findStep(m.practice!.method, m.practice!.step, m.practice!.edition), m.id).not.toThrow();
		}
	});

	it('finds each entry by its code, written any way a student types it', () => {
		for (const lang of LANGS) {
			for (const m of MESSAGES.filter((m) => m.code)) {
				const digits = m.code!.replace(/^AADSTS/, '');
				const fullWidth = digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
				for (const query of [digits, m.code!, `AADSTS${digits}`, `aadsts ${digits}`, fullWidth, `ＡＡＤＳＴＳ${fullWidth}`, `${m.code}:`]) {
					expect(matchesQuery(haystack(lang, m), query), `${lang} ${m.id} “${query}”`).toBe(true);
				}
			}
		}
		// A code finds its own entry, not its neighbours: 50076 is not 50074.
		const found = MESSAGES.filter((m) => matchesQuery(haystack('ja', m), 'AADSTS50076')).map((m) => m.id);
		expect(found).toEqual(['aadsts50076']);
	});

	it('finds each entry by words of its screen, in either language, however they are typed', () => {
		const cases = [
			['didn’t hear', 'no-response'],
			["didn't hear", 'no-response'],
			['応答がありません', 'no-response'],
			['limit verification calls', 'call-limit'],
			['上限', 'call-limit'],
			['ﾌﾞﾛｯｸ', 'sign-in-blocked'],
			['Request denied', 'request-denied'],
			['現時点ではこれにアクセスできません', 'aadsts53003'],
		] as const;
		for (const lang of LANGS) {
			for (const [query, id] of cases) {
				const found = MESSAGES.filter((m) => matchesQuery(haystack(lang, m), query)).map((m) => m.id);
				expect(found, `${lang} “${query}”`).toContain(id);
			}
		}
		// The filter can fail: words on no screen find nothing.
		expect(MESSAGES.filter((m) => matchesQuery(haystack('ja', m), '量子暗号'))).toEqual([]);
	});

	it('reads a query as its words: NFKC, any apostrophe, quotes and spaces around it dropped', () => {
		expect(queryTerms(' 「ＳＭＳ」  didn’t ')).toEqual(['sms', "didn't"]);
		expect(queryTerms('')).toEqual([]);
		expect(matchesQuery(haystackOf('SMS で届いた'), 'SMSで')).toBe(true);
	});
});

describe('the site search’s sections under a page', () => {
	const section = (title: string, n: number) => ({
		title,
		url: `/troubleshooting/#${title}`,
		locations: Array.from({ length: n }, (_, i) => i),
	});
	const root = { title: '困ったときは', url: '/troubleshooting/', locations: [1, 2] };

	it('lists the section whose heading holds the query first, then the fullest others up to three', () => {
		const subs = [
			root,
			section('番号の入力', 43),
			section('身に覚えのない確認の要求が届いた', 30),
			section('買い替える', 54),
			section('なくした', 27),
		];
		const out = headingsFirst(subs, '/troubleshooting/', '身に覚えの ない');
		expect(out.map((s) => s.title)).toEqual(['困ったときは', '身に覚えのない確認の要求が届いた', '買い替える', '番号の入力']);
	});

	it('leaves the sections as Pagefind gave them when no heading holds the query', () => {
		const subs = [root, section('番号の入力', 43), section('買い替える', 54), section('なくした', 27), section('時刻', 3)];
		expect(headingsFirst(subs, '/troubleshooting/', '承認')).toEqual(subs);
	});
});
