import { describe, expect, it } from 'vitest';
import { illustrate, pictureEnv } from '../../src/components/illustrations';
import { DICTIONARIES } from '../../src/i18n';
import { LANGS } from '../../src/i18n/locales';
import { unverifiedKeys } from '../../src/i18n/unverified';
import { EDITIONS, methodsOf } from '../../src/methods';
import { stepsOf } from '../../src/steps';

/*
 * A label no source confirms shows a small "may differ" note where a student reads it:
 * in the bar of the practice's screen and of the chapter's picture, and in the picture's words.
 */

describe('which labels may differ', () => {
	it('are the UNVERIFIED labels of today’s screens, per language, and none of the manual’s', () => {
		for (const lang of LANGS) {
			const keys = unverifiedKeys(lang, 'today');
			expect(keys.length, lang).toBeGreaterThan(50);
			expect(keys.every((k) => k.startsWith('pc.today.') || k.startsWith('phone.today.'))).toBe(true);
			// The call's voice has no source in any language; the 2020 manual is the seed itself.
			expect(keys, lang).toContain('phone.today.call.voice');
			expect(unverifiedKeys(lang, 'manual')).toEqual([]);
		}
		// Sourced labels are not among them: 「サインイン要求を承認」 and 「次へ」 are quoted by sources.
		expect(unverifiedKeys('ja', 'today')).not.toContain('pc.today.approve.title');
		expect(unverifiedKeys('ja', 'today')).not.toContain('pc.today.next');
	});
});

describe('the chapters’ pictures', () => {
	const now = Date.UTC(2026, 10, 20, 9);
	for (const lang of LANGS)
		it(`say “may differ” on today’s screens whose words are unconfirmed, never on the manual’s (${lang})`, async () => {
			const note = DICTIONARIES[lang]['practice.mayDiffer'];
			const said: Record<string, number> = {};
			for (const edition of EDITIONS)
				for (const method of methodsOf(edition)) {
					for (const step of stepsOf(method, edition)) {
						const picture = await illustrate(method, step.id, lang, edition);
						if (!picture) continue;
						const flagged = picture.pc.includes(note) || picture.phone.includes(note);
						expect(picture.alt.includes(DICTIONARIES[lang]['practice.mayDifferAlt']), `${edition} ${method} ${step.id}`).toBe(flagged);
						said[edition] = (said[edition] ?? 0) + (flagged ? 1 : 0);
						if (edition === 'manual') expect(flagged, `${method} ${step.id}`).toBe(false);
					}
				}
			expect(said['today']).toBeGreaterThan(5);
			// The env every picture is drawn with carries the words, in the picture's language.
			expect(pictureEnv('call', lang, now, 'today', false).unverified.has('phone.today.call.voice')).toBe(true);
		});
});
