import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { PRACTICE_PHONE } from '../../src/backend/model';
import { maskPhone } from '../../src/backend/phone-number';
import { pictureEnv, pictureOptions, rememberDaysIn } from '../../src/components/illustrations';
import { numberOnPc } from '../../src/flows/today/push';
import { fill } from '../../src/i18n/format';
import { LANGS, type Lang } from '../../src/i18n/locales';
import { type Action, createSession, perform, phone, type Session, until } from '../../src/machines/runtime';
import { EDITION_METHODS, type Edition, type Method } from '../../src/methods';
import type { Block, PracticeFlow, Screen } from '../../src/screens/model';
import { screensOf } from '../../src/screens/view';
import { guideOf, type StepId, stepsOf } from '../../src/steps';
import { flowOf } from '../support/world';

/**
 * An instruction names what to press by its label on screen, in quotes
 * (Japanese 「…」, English “…”), so a student who reads only the screen finds it.
 *
 * For every step of every flow of both editions, in every language, the step's title and
 * its guide line are checked against the screens the walk-through shows during that step:
 * the screens as the step opens and after each of its scripted presses (on both devices:
 * most steps span both, e.g. install on the phone, then "Next" on the PC, so a step's
 * controls are those of either device while it lasts), plus the screens of the wrong
 * turns a guide line says how to leave (DETOURS). The screens are the build's pictures'
 * (same world, same descriptions: src/components/illustrations.ts), drawn per language.
 *
 * - A quote the sentence asks to press, tap, choose, tick or open (Japanese: followed by
 *   を押す/をタップ/を選ぶ/にチェック/を開く…; English: after press/tap/choose/select/tick/
 *   open…, a list of quotes sharing the verb) must be a control's accessible name exactly:
 *   a button, a field's or a choice's label, a check box, an option.
 * - Any other quote names a screen or what it says (「アカウントをセキュリティ保護しましょう」)
 *   and must appear somewhere on the step's screens.
 * - A press verb must be followed (English) or preceded (Japanese) by a quote: "press Next"
 *   and 「電話に出て」 name no label.
 */

type Snapshots = { pc: AnyMachineSnapshot; phone: AnyMachineSnapshot; now: number };

/** Wrong turns whose way back a step's guide line names: their screens count as the step's. */
const DETOURS: Partial<Record<`${Edition}/${Method}/${StepId}`, Action[]>> = {
	// A wrong number on the sheet: the guide line says to send the request again.
	'today/push/setup-approve': [phone({ type: 'phone.openNotification' }), phone(wrongNumber)],
	'today/push/signin-approve': [phone(wrongNumber)],
};

function wrongNumber(s: Session) {
	const shown = numberOnPc(s);
	return shown ? ({ type: 'phone.approve', number: shown === '10' ? '11' : '10' } as const) : null;
}

const snap = (s: Session): Snapshots => ({ pc: s.pc.getSnapshot(), phone: s.phone.getSnapshot(), now: s.now() });

/** Walks the flow's script in the pictures' world and keeps, per step, every moment its screens changed. */
async function walk(flow: PracticeFlow, edition: Edition, method: Method): Promise<Map<StepId, Snapshots[]>> {
	const options = pictureOptions(flow, edition);
	const seen = new Map<StepId, Snapshots[]>();
	const keep = (s: Session) => {
		const step = s.step();
		seen.set(step, [...(seen.get(step) ?? []), snap(s)]);
	};
	const session = createSession(options);
	session.start();
	try {
		for (const entry of flow.script) {
			await until(
				() => !session.busy() && session.step() === entry.step && (entry.ready?.(session) ?? true),
				`step ${entry.step} (at ${session.step()})`,
			);
			keep(session);
			const detour = DETOURS[`${edition}/${method}/${entry.step}`];
			if (detour) {
				// On a copy of the world, so the walk itself stays on the right path.
				const aside = createSession({ ...options, seed: session.save() });
				aside.start();
				try {
					for (const action of detour) {
						await perform(aside, action);
						await until(() => !aside.busy(), 'the detour to settle');
						if (aside.step() === entry.step) keep(aside);
					}
				} finally {
					aside.stop();
				}
			}
			for (const action of entry.actions) {
				await perform(session, action);
				keep(session);
			}
		}
	} finally {
		session.stop();
	}
	return seen;
}

/** What a screen offers to press or fill by name, and everything it says. */
function namesOf(screen: Screen<unknown>) {
	const controls = new Set<string>();
	const texts = new Set<string>();
	const blocks = (list: Block<unknown>[]) => {
		for (const b of list) {
			switch (b.kind) {
				case 'title':
				case 'text':
				case 'error':
					texts.add(b.text);
					break;
				case 'list':
					for (const item of b.items) texts.add(item);
					break;
				case 'facts':
					for (const [term, value] of b.items) texts.add(`${term} ${value}`);
					break;
				case 'messages':
					for (const m of b.items) texts.add(`${m.from} ${m.text}`);
					break;
				case 'picture':
					texts.add(b.label);
					break;
				case 'field':
				case 'check':
					controls.add(b.label);
					break;
				case 'select':
					controls.add(b.label);
					for (const o of b.options) controls.add(o.label);
					break;
				case 'choices':
					texts.add(b.legend);
					for (const o of b.options) controls.add(o.label);
					break;
				case 'actions':
				case 'icons':
				case 'accounts':
					for (const button of b.buttons) controls.add(button.label);
					break;
				case 'keypad':
					texts.add(b.label);
					for (const key of b.keys) controls.add(key.label);
					break;
				case 'form':
					blocks(b.blocks);
					break;
			}
		}
	};
	blocks(screen.blocks);
	if (screen.banner) controls.add(screen.banner.label);
	if (screen.nav) controls.add(screen.nav.label);
	return { controls, texts };
}

const JA_VERB = /^(?:を押|をタップ|を選|にチェック|をオン|を開|を入手)/;
const EN_VERB = /\b(?:press|tap|choose|select|tick|check|click|open|get)\s*$/i;

interface Quote {
	words: string;
	control: boolean;
}

/** The quotes of an instruction, each with whether the sentence asks to press (choose, tick…) it. */
function quotesOf(lang: Lang, text: string): Quote[] {
	const quotes: Quote[] = [];
	if (lang === 'ja') {
		for (const m of text.matchAll(/「([^」]*)」/g)) {
			// A list of quotes shares the verb after its last one: 「はい」か「いいえ」を押す.
			const after = text.slice((m.index ?? 0) + m[0].length).replace(/^(?:\s*(?:、|・|か|や|または)?\s*「[^」]*」)*\s*/, '');
			quotes.push({ words: m[1] ?? '', control: JA_VERB.test(after) });
		}
		return quotes;
	}
	for (const m of text.matchAll(/“([^”]*)”|"([^"]*)"/g)) {
		// …and in English the verb before its first one: press “Accept”, then “Continue”.
		let before = text.slice(0, m.index ?? 0);
		for (let last = ''; last !== before; ) {
			last = before;
			before = before.replace(/(?:“[^”]*”|"[^"]*")\s*(?:,|and|or|then|, then|, and|, or)?\s*$/, '');
		}
		quotes.push({ words: m[1] ?? m[2] ?? '', control: EN_VERB.test(before) });
	}
	return quotes;
}

/**
 * Press verbs with no label after (English) or before (Japanese) them, and "answer" (a
 * call, a question), which names no control: the call's button is 「応答」 / “Answer”, a
 * question's are its buttons (「はい」「いいえ」).
 */
function unnamedPresses(lang: Lang, text: string): string[] {
	if (lang === 'ja')
		return [
			...[...text.matchAll(/(.{0,8})(を押|をタップ|を選)/g)].filter((m) => !m[1]?.endsWith('」')).map((m) => m[0]),
			...[...text.matchAll(/.{0,8}(?:[にで]答え|電話に出)/g)].map((m) => m[0]),
		];
	return [
		...[...text.matchAll(/\b(press|tap|choose|select|tick)\b\s+(\S{0,12})/gi)]
			.filter((m) => !/^(?:“|"|the “|the ")/.test(m[2] ?? ''))
			.map((m) => m[0]),
		...[...text.matchAll(/(?<![“"])\banswer\b.{0,12}/gi)].map((m) => m[0]),
	];
}

/** What the step asks that its screens do not have, as lines to read. */
function problems(lang: Lang, where: string, text: string, controls: Set<string>, texts: Set<string>): string[] {
	const out: string[] = [];
	const everything = [...controls, ...texts];
	for (const quote of quotesOf(lang, text)) {
		if (quote.control) {
			if (!controls.has(quote.words)) out.push(`${where}: no control named “${quote.words}”`);
		} else if (!everything.some((words) => words.includes(quote.words))) {
			out.push(`${where}: “${quote.words}” is nowhere on the step's screens`);
		}
	}
	for (const press of unnamedPresses(lang, text)) out.push(`${where}: names no label in quotes: “${press}”`);
	return out;
}

describe('instructions name the controls on screen', () => {
	for (const [edition, method] of EDITION_METHODS) {
		it(`${edition} ${method}: every quoted control of each step's title and guide is on that step's screens, in every language`, async () => {
			const flow = flowOf(edition, method);
			const seen = await walk(flow, edition, method);
			const found: string[] = [];
			for (const step of stepsOf(method, edition)) {
				const moments = seen.get(step.id) ?? [];
				expect(moments.length, `${edition} ${method} ${step.id}: the walk-through reaches it`).toBeGreaterThan(0);
				for (const lang of LANGS) {
					const controls = new Set<string>();
					const texts = new Set<string>();
					for (const m of moments) {
						const env = pictureEnv(method, lang, m.now, edition, true);
						const screens = screensOf(flow, m.pc, m.phone, env);
						for (const screen of [screens.pc, screens.phone]) {
							const names = namesOf(screen);
							for (const c of names.controls) controls.add(c);
							for (const w of names.texts) texts.add(w);
						}
					}
					// Filled as the practice page fills them (src/islands/simulator/Simulator.astro).
					const values = { days: rememberDaysIn(edition) ?? '', number: PRACTICE_PHONE.national, masked: maskPhone(PRACTICE_PHONE.e164) };
					const where = `${edition} ${method} ${step.id} (${lang})`;
					found.push(...problems(lang, `${where} title`, step.title[lang], controls, texts));
					found.push(...problems(lang, `${where} guide`, fill(guideOf(lang, method, step.id, edition), values), controls, texts));
				}
			}
			if (found.length) console.log(found.join('\n'));
			expect(found).toEqual([]);
		});
	}
});

describe('reading an instruction’s quotes', () => {
	it('tells a control to press from a screen named', () => {
		expect(quotesOf('ja', '「アカウントをセキュリティ保護しましょう」で「次へ」を押す')).toEqual([
			{ words: 'アカウントをセキュリティ保護しましょう', control: false },
			{ words: '次へ', control: true },
		]);
		expect(quotesOf('ja', '「はい」か「いいえ」を押します')).toEqual([
			{ words: 'はい', control: true },
			{ words: 'いいえ', control: true },
		]);
		expect(quotesOf('en', 'Press “Accept”, then “Continue” on “Let’s try it out”')).toEqual([
			{ words: 'Accept', control: true },
			{ words: 'Continue', control: true },
			{ words: 'Let’s try it out', control: false },
		]);
	});

	it('finds a press that names no label', () => {
		expect(unnamedPresses('ja', '電話に出て # キーを押します')).toHaveLength(2);
		expect(unnamedPresses('ja', '「応答」を押し、「#」を押します')).toEqual([]);
		expect(unnamedPresses('en', 'Answer the call and press #.')).toHaveLength(2);
		expect(unnamedPresses('en', 'press “Next” on the PC')).toEqual([]);
		expect(unnamedPresses('ja', '「サインインの状態を維持しますか?」に答える')).toHaveLength(1);
		expect(unnamedPresses('en', 'Answer “Stay signed in?”')).toHaveLength(1);
		expect(unnamedPresses('en', 'press “Answer”, then “#”')).toEqual([]);
	});
});
