import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rememberDaysIn } from '../../src/components/illustrations';
import { DICTIONARIES } from '../../src/i18n';
import { LANGS } from '../../src/i18n/locales';
import { circled, MANUAL_REMEMBER_DAYS, MANUAL_SECTIONS, manualPlace, manualPlaceText } from '../../src/manual-steps';
import { EDITION_METHODS, methodsOf } from '../../src/methods';
import { type PHASES, stepsOf } from '../../src/steps';

/*
 * The manual's edition reads as printed. Each of its steps carries the printed
 * manual's own number and its section's pages, for helpdesk staff who hold the paper; its
 * "don't ask again" box has the printed 14 days; what the guide adds is marked as the guide's.
 */

const chapter = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');

describe('the printed manual’s step numbers and pages, beside the manual’s edition', () => {
	it('every step of the manual’s call, push and code chapters has its manual number and its section’s pages', () => {
		for (const method of methodsOf('manual').filter((m) => m !== 'sms')) {
			for (const step of stepsOf(method, 'manual')) {
				const place = manualPlace(method, step.id);
				expect(place, `${method} ${step.id}`).not.toBeNull();
				expect(place!.pages, `${method} ${step.id}`).toEqual(MANUAL_SECTIONS[method as keyof typeof MANUAL_SECTIONS].pages);
			}
		}
	});

	it('numbers as the manual does: afresh in each part, rising, with no ⑨ in the app chapters’ registration', () => {
		const numbers = (method: 'call' | 'push' | 'code', phase: (typeof PHASES)[number]) =>
			stepsOf(method, 'manual')
				.filter((s) => s.phase === phase)
				.map((s) => manualPlace(method, s.id)!.number);
		expect(numbers('call', 'setup')).toEqual([1, 2, 3, 4, 5]);
		expect(numbers('call', 'signin')).toEqual([1, 2, 3]);
		for (const method of ['push', 'code'] as const) {
			expect(numbers(method, 'setup')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]);
		}
		expect(numbers('push', 'signin')).toEqual([1, 2, 3, 4]);
		expect(numbers('code', 'signin')).toEqual([1, 2, 3]);
		// The guide's own number counts on where the manual skipped: its step 9 is the manual's ⑩.
		const configureNext = stepsOf('push', 'manual').find((s) => s.id === 'setup-configure-next')!;
		expect([configureNext.number, manualPlace('push', configureNext.id)!.circled]).toEqual([9, '⑩']);
	});

	it('gives each section the pages of the manual’s table of contents', () => {
		expect(MANUAL_SECTIONS.call).toMatchObject({ section: 2, pages: [2, 5] });
		expect(MANUAL_SECTIONS.push).toMatchObject({ section: 3, pages: [6, 13] });
		expect(MANUAL_SECTIONS.code).toMatchObject({ section: 4, pages: [14, 20] });
	});

	it('has no number for SMS (the manual leaves SMS to another guide) nor for today’s edition', () => {
		for (const step of stepsOf('sms', 'manual')) expect(manualPlace('sms', step.id)).toBeNull();
		for (const [edition, method] of EDITION_METHODS.filter(([e]) => e === 'today'))
			for (const step of stepsOf(method, edition)) expect(manualPlace(method, step.id, edition)).toBeNull();
	});

	it('writes the number as the manual prints it, with the pages, in both languages', () => {
		expect([1, 9, 10, 13].map(circled)).toEqual(['①', '⑨', '⑩', '⑬']);
		const place = manualPlace('push', 'setup-approve')!;
		expect(manualPlaceText('ja', place)).toBe('手順書 ⑫（P.6～13）');
		expect(manualPlaceText('en', place)).toBe('Manual ⑫ (pp. 6–13)');
	});
});

describe('the manual’s edition as printed', () => {
	it('“don’t ask again” lasts the printed 14 days, whatever the institution’s tenant does today', () => {
		expect(MANUAL_REMEMBER_DAYS).toBe(14);
		expect(rememberDaysIn('manual')).toBe(14);
		// No chapter of the manual's edition reads today's config for it (a build with 30 days: tests/unit/config.test.ts).
		for (const lang of ['', 'en/'])
			for (const method of methodsOf('manual')) expect(chapter(`${lang}manual/${method}.mdx`)).not.toContain('rememberDays');
	});

	it('quotes the manual’s screen word for word on the backup phone (code chapter)', () => {
		// As the manual prints it (P.20), and as the practice's screen of that step shows it.
		const printed = '電話番号はアカウントのセキュリティのためにのみ使用されます。標準の電話料金と SMS 料金が適用されます。';
		expect(DICTIONARIES.ja['pc.manual.backup.note']).toBe(printed);
		expect(chapter('manual/code.mdx')).toContain(`「${printed}」`);
		expect(chapter('en/manual/code.mdx')).toContain(`“${DICTIONARIES.en['pc.manual.backup.note']}”`);
	});

	// Sentences the printed manual does not have: each stands inside <GuideNote>, and nowhere else.
	const GUIDE_ONLY: Record<(typeof LANGS)[number], { path: string; words: string }[]> = {
		ja: [
			...['call', 'push', 'code'].map((m) => ({ path: `manual/${m}.mdx`, words: '共用の PC ではチェックを入れないでください' })),
			{ path: 'manual/push.mdx', words: '「拒否」を押してください' },
			{ path: 'manual/push.mdx', words: '海外では Wi-Fi を使ってください' },
			{ path: 'manual/code.mdx', words: '電波の届かない場所や海外でも使えます' },
			{ path: 'manual/code.mdx', words: '入力の途中で変わったときは' },
		],
		en: [
			...['call', 'push', 'code'].map((m) => ({ path: `en/manual/${m}.mdx`, words: 'Do not tick it on a shared PC' })),
			{ path: 'en/manual/push.mdx', words: 'press “Deny”' },
			{ path: 'en/manual/push.mdx', words: 'abroad, use Wi-Fi' },
			{ path: 'en/manual/code.mdx', words: 'it works even with no signal or abroad' },
			{ path: 'en/manual/code.mdx', words: 'If it changes while you are typing' },
		],
	};
	it.each(LANGS)('marks the guide’s own notes as the guide’s, not the manual’s (%s)', (lang) => {
		for (const { path, words } of GUIDE_ONLY[lang]) {
			const source = chapter(path);
			const notes = [...source.matchAll(/<GuideNote>([\s\S]*?)<\/GuideNote>/g)].map((m) => m[1]!);
			const outside = source.replace(/<GuideNote>[\s\S]*?<\/GuideNote>/g, '');
			expect(source, `${path}: ${words}`).toContain(words);
			expect(
				notes.some((note) => note.includes(words)),
				`${path}: ${words} in a GuideNote`,
			).toBe(true);
			expect(outside, `${path}: ${words} outside a GuideNote`).not.toContain(words);
		}
		expect(DICTIONARIES[lang]['guideNote.label']).toBe(lang === 'ja' ? 'ガイドの補足' : 'Guide’s note');
	});
});
