import { describe, expect, it } from 'vitest';
import { pictureEnv } from '../../src/components/illustrations';
import { DICTIONARIES } from '../../src/i18n';
import { LANGS } from '../../src/i18n/locales';
import { perform, type Session, until } from '../../src/machines/runtime';
import type { Edition } from '../../src/methods';
import { screensOf } from '../../src/screens/view';
import { flowOf, practiceWorld } from '../support/world';

/*
 * What the call's voice says after 0#, per edition. The manual's fraud alert
 * blocked the account, and its voice says so; since 1 March 2025 a report marks the user as high
 * risk and blocks nothing by itself, so today's call must not say "blocked". Read off the phone's
 * screen description, the one the practice paints and the chapter's picture is drawn from.
 */

const now = Date.UTC(2026, 10, 20, 9);

/** A session at the call's sign-in step, answered, with 0 then # pressed, once the call has ended. */
async function reported(edition: Edition): Promise<Session> {
	const flow = flowOf(edition, 'call');
	const { at } = practiceWorld(flow, { clock: () => now, seed: 23 });
	const session = await at('signin-answer-call');
	await until(() => session.phone.getSnapshot().hasTag('ringing'), 'the phone to ring');
	for (const event of [{ type: 'phone.answer' }, { type: 'phone.key', key: '0' }, { type: 'phone.key', key: '#' }] as const)
		await perform(session, { device: 'phone', event });
	await until(() => session.phone.getSnapshot().matches({ call: 'ended' }), 'the call to end');
	return session;
}

/** A session at the call's sign-in step with the call answered: the voice's first words. */
async function answered(edition: Edition): Promise<Session> {
	const flow = flowOf(edition, 'call');
	const { at } = practiceWorld(flow, { clock: () => now, seed: 23 });
	const session = await at('signin-answer-call');
	await until(() => session.phone.getSnapshot().hasTag('ringing'), 'the phone to ring');
	await perform(session, { device: 'phone', event: { type: 'phone.answer' } });
	return session;
}

/** Every word the phone's screen shows, as one string. */
function phoneWords(session: Session, edition: Edition, lang: (typeof LANGS)[number]): string {
	const flow = flowOf(edition, 'call');
	const env = pictureEnv('call', lang, now, edition, true);
	return JSON.stringify(screensOf(flow, session.pc.getSnapshot(), session.phone.getSnapshot(), env).phone);
}

describe('the call’s voice after 0#, per edition', () => {
	it('the manual’s (December 2020): the fraud alert, which blocks the account', async () => {
		const session = await reported('manual');
		expect(session.tenant.state.blocked).toBe(true);
		for (const lang of LANGS) {
			const words = phoneWords(session, 'manual', lang);
			expect(words, lang).toContain(DICTIONARIES[lang]['phone.call.voice.fraud']);
			expect(words, lang).not.toContain(DICTIONARIES[lang]['phone.today.call.voice.reported']);
		}
	});

	it('today’s: a report of suspicious activity, said to be a paraphrase, and no block', async () => {
		const session = await reported('today');
		expect(session.tenant.state.blocked).toBe(false);
		for (const lang of LANGS) {
			const words = phoneWords(session, 'today', lang);
			expect(words, lang).toContain(DICTIONARIES[lang]['phone.today.call.voice.reported']);
			expect(words, lang).not.toContain(DICTIONARIES[lang]['phone.call.voice.fraud']);
		}
		// It says nothing of a block, and that it is not the call's own words.
		expect(DICTIONARIES.ja['phone.today.call.voice.reported']).not.toMatch(/ブロック/);
		expect(DICTIONARIES.en['phone.today.call.voice.reported']).not.toMatch(/block/i);
		expect(DICTIONARIES.ja['phone.today.call.voice.reported']).toMatch(/^音声（要旨）/);
		expect(DICTIONARIES.en['phone.today.call.voice.reported']).toMatch(/^Voice \(in substance\)/);
	});

	it('the voice that answers says what 0# does in each edition, and that it is a paraphrase', async () => {
		const voices = { manual: 'phone.call.voice', today: 'phone.today.call.voice' } as const;
		for (const edition of ['manual', 'today'] as const) {
			const session = await answered(edition);
			for (const lang of LANGS) {
				const words = phoneWords(session, edition, lang);
				const other = voices[edition === 'manual' ? 'today' : 'manual'];
				expect(words, `${edition} ${lang}`).toContain(DICTIONARIES[lang][voices[edition]]);
				expect(words, `${edition} ${lang}`).not.toContain(DICTIONARIES[lang][other]);
			}
		}
		expect(DICTIONARIES.ja['phone.today.call.voice']).toMatch(/不審なアクティビティ/);
		expect(DICTIONARIES.en['phone.today.call.voice']).toMatch(/suspicious activity/);
		expect(DICTIONARIES.en['phone.today.call.voice']).not.toMatch(/fraud/);
		// No voice line is presented as the call's own words: none has a quotation, each says it is the gist.
		for (const lang of LANGS)
			for (const [key, line] of Object.entries(DICTIONARIES[lang]))
				if (/^phone\.(today\.)?call\.voice/.test(key) && !/hung-up|cancelled/.test(key)) {
					expect(line, key).toMatch(lang === 'ja' ? /^音声（要旨）: [^「]*$/ : /^Voice \(in substance\): [^“]*$/);
				}
	});
});
