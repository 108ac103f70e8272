import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS, topicsFor } from '../../src/components/helpdesk/topics';
import { countText, firstOffered, listText, numberOf, numbersText, offeredOf } from '../../src/components/offer';
import { institution } from '../../src/config/institution';
import { parseInstitution } from '../../src/config/schema';

const valid = structuredClone(institution);

// biome-ignore lint/suspicious/noExplicitAny: each case breaks the config its own way, on purpose, whatever its type says.
type Loose = Record<string, any>;
function expectRejected(change: (c: Loose) => void, field: string) {
	const copy: Loose = structuredClone(valid);
	change(copy);
	expect(() => parseInstitution(copy)).toThrow(new RegExp(`^Invalid institution config[\\s\\S]*- ${field.replace('.', '\\.')}:`));
}

describe('institution config', () => {
	it('accepts the shipped config', () => {
		expect(parseInstitution(valid)).toEqual(valid);
		expect(institution.rememberDays).toBe(14);
	});

	it('names the field when "don’t ask again" days are not a whole number of days', () => {
		expectRejected((c) => (c.rememberDays = 0), 'rememberDays');
		expectRejected((c) => (c.rememberDays = 1.5), 'rememberDays');
		expectRejected((c) => (c.rememberDays = '14'), 'rememberDays');
	});

	it('refuses a real-looking domain for the example account', () => {
		expectRejected((c) => (c.exampleAccount = 's1234567@u-tokyo.ac.jp'), 'exampleAccount');
		expectRejected((c) => (c.exampleAccount = 'not an address'), 'exampleAccount');
		expect(() => parseInstitution({ ...valid, exampleAccount: 'taro@example.com' })).not.toThrow();
	});

	it('refuses an unknown method, an empty list and a repeated method', () => {
		expectRejected((c) => (c.methods = ['sms', 'fax']), 'methods.1');
		expectRejected((c) => (c.methods = []), 'methods');
		expectRejected((c) => (c.methods = ['sms', 'sms']), 'methods');
	});

	it('names nested fields and unknown keys', () => {
		expectRejected((c) => delete c.helpdesk.name.en, 'helpdesk.name.en');
		expectRejected((c) => (c.helpdesk.email = 'nope'), 'helpdesk.email');
		expectRejected((c) => (c.notices.smsVoiceRetirement = 'yes'), 'notices.smsVoiceRetirement');
		expect(() => parseInstitution({ ...valid, remberDays: 14 })).toThrow(/remberDays/);
	});

	it('shows the SMS/voice retirement notice unless the config turns it off', () => {
		const { notices: _left, ...withoutNotices } = valid;
		expect(parseInstitution(withoutNotices).notices.smsVoiceRetirement).toBe(true);
		expect(parseInstitution({ ...valid, notices: {} }).notices.smsVoiceRetirement).toBe(true);
		expect(parseInstitution({ ...valid, notices: { smsVoiceRetirement: false } }).notices.smsVoiceRetirement).toBe(false);
		// A misspelt key must not leave the notice on silently when the editor meant "off".
		expectRejected((c) => (c.notices = { smsVoiceRetirment: false }), 'notices');
	});

	it('keeps SMS and calls after 1 February 2027 only when the config says so (the advice ranks by it)', () => {
		const { smsVoiceViaCarrier: _left, ...without } = valid;
		expect(parseInstitution(without).smsVoiceViaCarrier).toBe(false);
		expect(parseInstitution({ ...valid, smsVoiceViaCarrier: true }).smsVoiceViaCarrier).toBe(true);
		expectRejected((c) => (c.smsVoiceViaCarrier = 'yes'), 'smsVoiceViaCarrier');
	});

	it('links the institution’s own SMS guide only when the config gives one, and only over http(s)', () => {
		const { smsGuideUrl: _left, ...withoutGuide } = valid;
		expect(parseInstitution(withoutGuide).smsGuideUrl).toBeNull();
		expect(parseInstitution({ ...valid, smsGuideUrl: 'https://www.example.ac.jp/mfa/sms/' }).smsGuideUrl).toBe(
			'https://www.example.ac.jp/mfa/sms/',
		);
		expectRejected((c) => (c.smsGuideUrl = 'not a url'), 'smsGuideUrl');
		expectRejected((c) => (c.smsGuideUrl = 'javascript:alert(1)'), 'smsGuideUrl');
	});

	it('lists every bad field at once, so one build run shows them all', () => {
		const message = (() => {
			try {
				parseInstitution({ ...valid, rememberDays: -1, methods: [] });
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		})();
		expect(message).toContain('- rememberDays:');
		expect(message).toContain('- methods:');
	});
});

describe('the offer as words: what the overview and troubleshooting say about the methods offered', () => {
	it('numbers methods as offered, so the advice names the cards a reader sees', () => {
		expect(numberOf('sms', ['sms', 'call', 'push', 'code'])).toBe(1);
		expect(numberOf('push', ['call', 'push'])).toBe(2);
		expect(() => numberOf('sms', ['call', 'push'])).toThrow(/not offered/);
		expect(numbersText('ja', ['push', 'code'], 'and', ['sms', 'call', 'push', 'code'])).toBe('3・4');
		expect(numbersText('en', ['push', 'code'], 'or', ['sms', 'call', 'push', 'code'])).toBe('3 or 4');
		expect(numbersText('en', ['push'], 'or', ['call', 'push'])).toBe('2');
	});

	it('writes counts and lists in running text', () => {
		expect(countText('ja', 3)).toBe('3 つ');
		expect(countText('en', 3)).toBe('three');
		expect(listText('en', ['A', 'B', 'C'])).toBe('A, B and C');
		expect(listText('en', ['A', 'B'], 'or')).toBe('A or B');
		expect(listText('ja', ['A', 'B'])).toBe('A、B');
	});

	it('picks the offered method of a preference list, or none', () => {
		expect(firstOffered(['push', 'code'], ['sms', 'code'])).toBe('code');
		expect(firstOffered(['push', 'code'], ['sms', 'call'])).toBeUndefined();
		expect(offeredOf(['code', 'sms', 'push'], ['sms', 'push'])).toEqual(['sms', 'push']);
	});

	it('keeps a troubleshooting answer only while a method it is about is offered', () => {
		expect(topicsFor(['sms', 'call', 'push', 'code', 'passkey'])).toEqual(TOPICS.map((t) => t.id));
		// The passkey's answers (the lost phone, the prompt after a text) only where it is offered.
		expect(topicsFor(['sms', 'call', 'push', 'code'])).not.toContain('passkey-prompt');
		expect(topicsFor(['sms', 'passkey'])).toEqual(expect.arrayContaining(['passkey-prompt', 'passkey-lost-phone']));
		// No app: no answer about notifications or the app's clock; SMS still has typed codes.
		expect(topicsFor(['sms', 'call'])).toEqual([
			'unexpected-request',
			'new-phone',
			'lost-phone',
			'no-sms-or-call',
			'full-width',
			'abroad',
			'asked-every-time',
			'remember-not-sticking',
		]);
		// The app's code alone: nobody is ever sent a request, a text or a call.
		expect(topicsFor(['code'])).not.toContain('unexpected-request');
		expect(topicsFor(['code'])).toContain('code-refused');
		expect(topicsFor(['push'])).not.toContain('full-width');
		// Typing the number is about approvals; switching method is about the app being away.
		expect(topicsFor(['push'])).toContain('number');
		expect(topicsFor(['code'])).not.toContain('number');
		expect(topicsFor(['code'])).toContain('other-method');
		expect(topicsFor(['sms', 'call'])).not.toContain('other-method');
	});

	it('keeps the answer about "don’t ask again" only where the institution has it on', () => {
		expect(topicsFor(['sms', 'push'], true)).toContain('remember-not-sticking');
		expect(topicsFor(['sms', 'push'], false)).not.toContain('remember-not-sticking');
		expect(topicsFor(['sms', 'push'], false)).toContain('asked-every-time');
	});
});

/*
 * The whole site built with another university's config: fewer methods (no SMS, no app
 * code), other names, and no `notices` key. Its institution.ts stands in for ours through a
 * Vite alias, so every page and component reads it exactly as they read ours. (The sidebar
 * is made by astro.config.mjs from our config before Vite runs; the browser tests cover it.)
 */
describe('a build with another university’s config says only what that config offers', () => {
	const work = mkdtempSync(join(tmpdir(), 'mfa-offer-'));
	const out = join(work, 'dist');
	const schema = fileURLToPath(new URL('../../src/config/schema.ts', import.meta.url));
	const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

	beforeAll(() => {
		writeFileSync(
			join(work, 'institution.ts'),
			`import { parseInstitution } from ${JSON.stringify(schema)};
export const institution = parseInstitution({
	name: { ja: 'テスト大学', en: 'Test University' },
	exampleAccount: 't0000001@example.test',
	rememberDays: 30,
	methods: ['call', 'push'],
	helpdesk: { name: { ja: '学術情報課 窓口', en: 'Academic Information Desk' }, email: 'desk@example.test' },
});
`,
		);
		writeFileSync(
			join(work, 'astro.config.mjs'),
			`import base from ${JSON.stringify(join(projectRoot, 'astro.config.mjs'))};
const own = base.vite?.resolve?.alias ?? [];
const alias = Array.isArray(own) ? own : Object.entries(own).map(([find, replacement]) => ({ find, replacement }));
export default {
	...base,
	root: ${JSON.stringify(projectRoot)},
	outDir: ${JSON.stringify(out)},
	cacheDir: ${JSON.stringify(join(work, 'cache'))},
	vite: {
		...base.vite,
		resolve: {
			...base.vite?.resolve,
			alias: [...alias, { find: /^.*\\/config\\/institution(\\.ts)?$/, replacement: ${JSON.stringify(join(work, 'institution.ts'))} }],
		},
	},
};
`,
		);
		// Astro joins --config to the project root, so the path is given relative to it.
		const build = [
			process.execPath,
			join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
			'build',
			'--config',
			relative(projectRoot, join(work, 'astro.config.mjs')),
		];
		// At the lowest CPU priority where the system has `nice`: the other unit test files run
		// meanwhile, and some of them (the simulator's property tests) wait on real time.
		const [command, ...args] = process.platform === 'win32' ? build : ['nice', '-n', '19', ...build];
		execFileSync(command!, args, { cwd: projectRoot, stdio: 'pipe', env: { ...process.env, BASE_PATH: '' } });
	}, 300_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	/** The page's main content: its text (tags as spaces) and the links in it. */
	function main(path: string) {
		const html = readFileSync(join(out, path, 'index.html'), 'utf8');
		const body = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ');
		// Previous/next links come from the sidebar, which is ours (see above).
		const content = body.replace(/<div class="pagination-links[\s\S]*$/, '');
		const text = content
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ');
		const links = [...content.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
		return { text, links };
	}

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
});
