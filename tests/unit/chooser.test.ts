import { describe, expect, it } from 'vitest';
import { type Answers, allAnswers, answersKey, DEVICES, MICROSOFT_DEFAULT, type Policy, recommend } from '../../src/chooser/recommend';
import { CAUTIONS, summary } from '../../src/chooser/summary';
import { institution } from '../../src/config/institution';
import { METHODS, type Method } from '../../src/config/schema';
import { buildResults } from '../../src/islands/chooser/results';

const ALL: readonly Method[] = METHODS;
const name = (a: Answers) =>
	`${a.device}, ${a.abroad ? 'often abroad' : 'rarely abroad'}, ${a.battery ? 'battery worries' : 'no battery worries'}`;

// The institution keeps SMS and calls after 1 February 2027 (a telecom provider of its own):
// the manual's advice holds.
const KEPT: Policy = { smsVoiceViaCarrier: true };
const POLICIES: [string, Policy][] = [
	['Microsoft’s default (SMS and calls end on 1 February 2027)', MICROSOFT_DEFAULT],
	['SMS and calls kept by the institution', KEPT],
];

// The advice written out as a specification, one line per situation, so that a change to the
// chooser's logic has to change this table too. The manual's (December 2020), where SMS and
// calls are kept:
//   SMS is the everyday choice; a call needs you to answer; the app uses battery;
//   abroad, SMS and calls cost money, so use the app (its code works offline);
//   a landline in Japan cannot be answered from abroad, so that reader sees the helpdesk (null).
// Where they are not (Microsoft's default), a smartphone at home is told a passkey, whatever
// the battery: every method that spares it is the one going away.
const EXPECTED_WITH_EVERY_METHOD: Record<'default' | 'kept', Record<string, Method | null>> = {
	default: {
		'smartphone, rarely abroad, no battery worries': 'passkey',
		'smartphone, rarely abroad, battery worries': 'passkey',
		'smartphone, often abroad, no battery worries': 'code',
		'smartphone, often abroad, battery worries': 'code',
		'mobile, rarely abroad, no battery worries': 'sms',
		'mobile, rarely abroad, battery worries': 'sms',
		'mobile, often abroad, no battery worries': 'sms',
		'mobile, often abroad, battery worries': 'sms',
		'landline, rarely abroad, no battery worries': 'call',
		'landline, rarely abroad, battery worries': 'call',
		'landline, often abroad, no battery worries': null,
		'landline, often abroad, battery worries': null,
	},
	kept: {
		'smartphone, rarely abroad, no battery worries': 'sms',
		'smartphone, rarely abroad, battery worries': 'sms',
		'smartphone, often abroad, no battery worries': 'code',
		'smartphone, often abroad, battery worries': 'code',
		'mobile, rarely abroad, no battery worries': 'sms',
		'mobile, rarely abroad, battery worries': 'sms',
		'mobile, often abroad, no battery worries': 'sms',
		'mobile, often abroad, battery worries': 'sms',
		'landline, rarely abroad, no battery worries': 'call',
		'landline, rarely abroad, battery worries': 'call',
		'landline, often abroad, no battery worries': null,
		'landline, often abroad, battery worries': null,
	},
};

/** Best first: what the reader should use when every method is on offer, then the fallbacks. */
function expectedOrder(a: Answers, policy: Policy): Method[] {
	if (a.device === 'landline') return a.abroad ? [] : ['call'];
	if (a.device === 'mobile') return ['sms', 'call'];
	if (a.abroad) return ['code', 'push', 'passkey', 'sms', 'call'];
	// SMS and calls going: a passkey (Microsoft's default), then the app, SMS and a call last.
	if (!policy.smsVoiceViaCarrier) return ['passkey', 'push', 'code', 'sms', 'call'];
	// A passkey lives in Authenticator on a smartphone: next to SMS at home, with the app methods otherwise.
	return a.battery ? ['sms', 'call', 'code', 'push', 'passkey'] : ['sms', 'passkey', 'push', 'code', 'call'];
}

/** Every non-empty set of methods an institution could offer (31 of them). */
const OFFERS: Method[][] = Array.from({ length: 2 ** ALL.length - 1 }, (_, i) => ALL.filter((_, bit) => ((i + 1) >> bit) & 1));

describe('method chooser', () => {
	it('ranks every method that works with the reader’s phone, so that no method in the list is left out of the advice', () => {
		const works = { smartphone: ALL, mobile: ['sms', 'call'], landline: ['call'] } as const;
		for (const [label, policy] of POLICIES) {
			for (const answers of allAnswers()) {
				// Nothing reaches a landline in Japan from abroad: the helpdesk instead.
				if (answers.device === 'landline' && answers.abroad) continue;
				const { method, alternatives } = recommend(answers, ALL, policy);
				expect([method, ...alternatives].sort(), `${name(answers)} (${label})`).toEqual([...works[answers.device]].sort());
			}
		}
	});

	it('covers the 12 combinations of answers', () => {
		expect(allAnswers()).toHaveLength(12);
		expect(new Set(allAnswers().map(name)).size).toBe(12);
	});

	it.each(allAnswers().map((a) => [name(a), a] as const))('with every method offered: %s', (label, answers) => {
		const byDefault = recommend(answers, ALL);
		expect(byDefault).toEqual(recommend(answers, ALL, MICROSOFT_DEFAULT));
		expect(byDefault.method).toBe(EXPECTED_WITH_EVERY_METHOD.default[label]);
		expect(byDefault.notes).not.toContain('notOfferedFallback');
		const kept = recommend(answers, ALL, KEPT);
		expect(kept.method).toBe(EXPECTED_WITH_EVERY_METHOD.kept[label]);
		expect(kept.notes).not.toContain('notOfferedFallback');
	});

	it.each(POLICIES)(
		'for every combination of answers and every possible offer, recommends the best offered method that works (%s)',
		(_, policy) => {
			let checked = 0;
			for (const offered of OFFERS) {
				for (const answers of allAnswers()) {
					const label = `${name(answers)} / offered: ${offered.join(',')}`;
					const usable = expectedOrder(answers, policy).filter((m) => offered.includes(m));
					const result = recommend(answers, offered, policy);
					expect(result.method, label).toBe(usable[0] ?? null);
					expect(result.alternatives, label).toEqual(usable.slice(1));
					// Never a method the institution does not offer.
					for (const m of [result.method, ...result.alternatives]) if (m) expect(offered, label).toContain(m);
					// No method: none offered works with this phone, or a landline while abroad (helpdesk).
					const landlineAbroad = answers.device === 'landline' && answers.abroad;
					expect(result.notes.includes('noneOffered'), label).toBe(result.method === null && !landlineAbroad);
					expect(result.notes.includes('landlineAbroad'), label).toBe(landlineAbroad);
					expect(result.notes.includes('notOfferedFallback'), label).toBe(
						result.method !== null && result.method !== expectedOrder(answers, policy)[0],
					);
					checked++;
				}
			}
			expect(checked).toBe(31 * 12);
		},
	);

	it.each(POLICIES)('never suggests the app without a smartphone, nor SMS on a landline (%s)', (_, policy) => {
		for (const offered of OFFERS) {
			for (const answers of allAnswers()) {
				const { method, alternatives } = recommend(answers, offered, policy);
				const all = [method, ...alternatives];
				if (answers.device !== 'smartphone') {
					expect(all).not.toContain('push');
					expect(all).not.toContain('code');
					expect(all).not.toContain('passkey');
				}
				if (answers.device === 'landline') expect(all).not.toContain('sms');
			}
		}
	});

	it('gives the reasons the manual gives, where SMS and calls are kept', () => {
		const phone = (abroad: boolean, battery = false): Answers => ({ device: 'smartphone', abroad, battery });
		expect(recommend(phone(false), ALL, KEPT).notes).toContain('usual');
		expect(recommend(phone(true), ALL, KEPT).notes).toEqual(['abroadApp', 'offline', 'battery']);
		expect(recommend(phone(false, true), ALL, KEPT).notes).toContain('noApp');
		expect(recommend({ device: 'mobile', abroad: true, battery: false }, ALL, KEPT).notes).toEqual(['roamingCost']);
		expect(recommend({ device: 'mobile', abroad: true, battery: false }, ALL).notes).toContain('roamingCost');
		// A landline cannot be answered from abroad: no call is recommended, the helpdesk is.
		expect(recommend({ device: 'landline', abroad: true, battery: false }, ALL)).toEqual({
			method: null,
			alternatives: [],
			notes: ['landlineAbroad'],
		});
		expect(recommend({ device: 'landline', abroad: false, battery: false }, ALL, KEPT).notes).toEqual(['callAwkward']);
		// Approving in the app abroad needs data, which costs money while roaming.
		expect(recommend(phone(true), ['sms', 'push']).notes).toEqual(['notOfferedFallback', 'abroadApp', 'pushData', 'battery']);
		// An institution without the app abroad: SMS, with the roaming warning and the reason for the fallback.
		expect(recommend(phone(true), ['sms', 'call'], KEPT)).toEqual({
			method: 'sms',
			alternatives: ['call'],
			notes: ['notOfferedFallback', 'roamingCost'],
		});
		expect(recommend({ device: 'landline', abroad: false, battery: false }, ['sms', 'push'])).toEqual({
			method: null,
			alternatives: [],
			notes: ['noneOffered'],
		});
	});

	it('tells a smartphone owner on SMS or a call that a passkey will be asked of them, and recommends it where SMS is not offered', () => {
		const home: Answers = { device: 'smartphone', abroad: false, battery: false };
		expect(recommend(home, ALL, KEPT)).toEqual({
			method: 'sms',
			alternatives: ['passkey', 'push', 'code', 'call'],
			notes: ['usual', 'passkeySoon'],
		});
		expect(recommend(home, ['sms', 'call'], KEPT).notes).not.toContain('passkeySoon');
		expect(recommend(home, ['call', 'passkey'], KEPT)).toEqual({
			method: 'passkey',
			alternatives: ['call'],
			notes: ['notOfferedFallback', 'passkey', 'battery'],
		});
		expect(recommend({ device: 'mobile', abroad: false, battery: false }, ALL).notes).not.toContain('passkeySoon');
	});

	it('where SMS and calls end on 1 February 2027, puts a passkey or the app before SMS for a smartphone, and says why', () => {
		const home = (battery: boolean): Answers => ({ device: 'smartphone', abroad: false, battery });
		for (const battery of [false, true]) {
			expect(recommend(home(battery), ALL)).toEqual({
				method: 'passkey',
				alternatives: ['push', 'code', 'sms', 'call'],
				notes: ['smsEnding', 'passkey', 'battery'],
			});
		}
		// No passkey offered: the app, still with the reason SMS is not first.
		expect(recommend(home(false), ['sms', 'call', 'push', 'code'])).toEqual({
			method: 'push',
			alternatives: ['code', 'sms', 'call'],
			notes: ['notOfferedFallback', 'smsEnding', 'battery'],
		});
		// SMS not offered: nothing to explain about it.
		expect(recommend(home(false), ['call', 'push']).notes).not.toContain('smsEnding');
		// Only SMS and calls offered: SMS, the next best, with the warning that it ends (no passkey to turn to here).
		expect(recommend(home(false), ['sms', 'call'])).toEqual({
			method: 'sms',
			alternatives: ['call'],
			notes: ['notOfferedFallback', 'usual', 'smsVoiceEnds'],
		});
		// A phone that is not a smartphone, or a landline: SMS or a call, and the warning.
		expect(recommend({ device: 'mobile', abroad: false, battery: false }, ALL).notes).toEqual(['usual', 'smsVoiceEnds']);
		expect(recommend({ device: 'landline', abroad: false, battery: false }, ALL).notes).toEqual(['callAwkward', 'smsVoiceEnds']);
		// Where the institution keeps them, no such warning anywhere.
		for (const offered of OFFERS)
			for (const answers of allAnswers()) {
				const { notes } = recommend(answers, offered, KEPT);
				expect(notes).not.toContain('smsVoiceEnds');
				expect(notes).not.toContain('smsEnding');
			}
	});

	it('asks about the battery only of smartphone owners: other answers ignore it', () => {
		for (const device of DEVICES.filter((d) => d !== 'smartphone')) {
			for (const abroad of [false, true]) {
				expect(answersKey({ device, abroad, battery: true })).toBe(answersKey({ device, abroad, battery: false }));
				for (const [, policy] of POLICIES)
					expect(recommend({ device, abroad, battery: true }, ALL, policy)).toEqual(
						recommend({ device, abroad, battery: false }, ALL, policy),
					);
			}
		}
		// Where SMS and calls end, the battery changes nothing at all (with every method offered).
		for (const abroad of [false, true])
			expect(recommend({ device: 'smartphone', abroad, battery: true }, ALL)).toEqual(
				recommend({ device: 'smartphone', abroad, battery: false }, ALL),
			);
		const smartphoneKeys = allAnswers()
			.filter((a) => a.device === 'smartphone')
			.map(answersKey);
		expect(new Set(smartphoneKeys).size).toBe(4);
	});

	it('the page’s build-time table answers every combination with the function’s recommendation, for this config', () => {
		const { distinct, byKey, asksBattery } = buildResults();
		// The shipped config does not keep SMS: the battery question, which would change nothing, is not asked.
		expect(institution.smsVoiceViaCarrier).toBe(false);
		expect(asksBattery).toBe(false);
		for (const answers of allAnswers()) {
			const index = byKey[answersKey(answers)];
			expect(index, name(answers)).toBeDefined();
		}
		// Each key's answer is the institution's recommendation for it (battery ignored where it is not asked).
		for (const answers of allAnswers()) {
			const shown = distinct[byKey[answersKey(answers)]!];
			expect(shown, name(answers)).toEqual(recommend(answers, institution.methods, institution));
		}
	});
});

describe('the chooser’s summary (the page without JavaScript, and in print)', () => {
	it.each(POLICIES)('gives, for every offer and every answer, the interactive chooser’s method and its warnings (%s)', (_, policy) => {
		for (const offered of OFFERS) {
			for (const { device, cases } of summary(offered, policy)) {
				for (const answers of allAnswers().filter((a) => a.device === device)) {
					const label = `${name(answers)} / offered: ${offered.join(',')}`;
					// The line that covers these answers: its battery is this answer's, or not split.
					const line = cases.find((c) => c.abroad === answers.abroad && (c.battery === undefined || c.battery === answers.battery));
					expect(line, label).toBeDefined();
					const interactive = recommend(answers, offered, policy);
					expect(line!.method, label).toBe(interactive.method);
					expect(line!.cautions, label).toEqual(interactive.notes.filter((n) => (CAUTIONS as readonly string[]).includes(n)));
				}
			}
		}
	});

	it('sends a landline owner who is often abroad to the helpdesk, as the interactive answer does', () => {
		const landline = summary(ALL, KEPT).find((g) => g.device === 'landline')!;
		expect(landline.cases.find((c) => c.abroad)).toEqual({ abroad: true, method: null, cautions: ['landlineAbroad'] });
		expect(landline.cases.find((c) => !c.abroad)!.cautions).toEqual([]);
		// Where calls end on 1 February 2027, a landline at home is warned of it.
		expect(
			summary(ALL)
				.find((g) => g.device === 'landline')!
				.cases.find((c) => !c.abroad)!.cautions,
		).toEqual(['smsVoiceEnds']);
	});

	it('follows the config: SMS first for a smartphone at home only where the institution keeps SMS', () => {
		const smartphoneHome = (policy: Policy) =>
			summary(ALL, policy)
				.find((g) => g.device === 'smartphone')!
				.cases.filter((c) => !c.abroad)
				.map((c) => c.method);
		expect(smartphoneHome(MICROSOFT_DEFAULT)).toEqual(['passkey']);
		expect(smartphoneHome(KEPT)).toEqual(['sms']);
	});
});
