import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { chapterOf, finderCards, registryFlows, searchWord } from '../../src/components/finder/gallery';
import { fold, terms } from '../../src/i18n/fold';
import { LANGS } from '../../src/i18n/locales';
import type { StateMeta } from '../../src/machines/meta';
import { EDITION_METHODS, isMethod, TASKS } from '../../src/methods';
import { SCENARIO_STEP_IDS } from '../../src/step-ids';
import { findTaskStep, lookupStep } from '../../src/steps';

/**
 * The screen finder (/screens/) lists every screen of every flow exactly once. A flow's
 * screens are the keys of its screen sets that its own states name (a set shared by several
 * flows holds screens one of them never shows: the SMS phone's call screens), leaving out the
 * states of a shared phone that name only steps another method's chapter has (the app's
 * approval sheet on the code's phone). The practice after enrolment's scenarios are flows too:
 * a scenario's own steps are its run of the task's chapter (SCENARIO_STEP_IDS).
 */

const cards = await finderCards();
const placeOf = (p: { edition: string; method: string; scenario?: string }) =>
	`${p.edition}/${p.method}${p.scenario ? `:${p.scenario}` : ''}`;
const places = cards.flatMap((card) => card.places.map((p) => `${placeOf(p)}/${p.device}:${p.screen}`));

/** Whether a step is one a flow plays: of its method's chapter in its edition, or of its scenario's run. */
function plays(flow: { edition: 'today' | 'manual'; method: string; scenario?: string }, step: string): boolean {
	if (isMethod(flow.method)) return lookupStep(flow.method, step, flow.edition) !== undefined;
	const runs: Record<string, Record<string, readonly string[]>> = SCENARIO_STEP_IDS;
	return runs[flow.method]?.[flow.scenario ?? '']?.includes(step) === true;
}

function leaves(node: AnyStateNode): { meta: StateMeta }[] {
	const children = Object.values(node.states ?? {});
	if (children.length) return children.flatMap(leaves);
	const chain: AnyStateNode[] = [];
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) chain.unshift(n);
	return [{ meta: Object.assign({}, ...chain.map((n): StateMeta => n.meta ?? {})) }];
}

describe('the screen finder', () => {
	it('has no screen of a flow twice', () => {
		expect(places.length).toBe(new Set(places).size);
	});

	it('covers every flow of the registry: every chapter has one, and every scenario of the practice after enrolment', async () => {
		const flows = await registryFlows();
		const scenarios = TASKS.flatMap((task) => Object.keys(SCENARIO_STEP_IDS[task]).map((scenario) => `today/${task}:${scenario}`));
		expect(flows.map(placeOf).sort()).toEqual([...EDITION_METHODS.map(([e, m]) => `${e}/${m}`), ...scenarios].sort());
	});

	it('lists every screen of every flow exactly once, and only screens of its flows', async () => {
		const expected: string[] = [];
		for (const entry of await registryFlows()) {
			const { flow } = entry;
			for (const device of ['pc', 'phone'] as const) {
				const drawn = new Set(Object.keys(flow.screens[device]));
				for (const { meta } of leaves(flow[device].root)) {
					if (!meta.screen) continue;
					const rule = meta.step;
					const steps =
						rule === undefined ? [] : typeof rule === 'object' && 'setup' in rule ? [rule.setup, rule.signin].flat() : [rule].flat();
					if (steps.length && !steps.some((s) => plays(entry, s))) continue;
					expect(drawn.has(meta.screen), `${placeOf(entry)} ${device}:${meta.screen} is drawn by the flow`).toBe(true);
					expected.push(`${placeOf(entry)}/${device}:${meta.screen}`);
				}
			}
		}
		expect([...places].sort()).toEqual([...new Set(expected)].sort());
		// The scenarios are in it: the Security info page, its dialogs and the pass's sign-in.
		for (const screen of ['securityInfo', 'secinfoAdd', 'secinfoDelete', 'secinfoDefault', 'tapSignIn', 'helpdesk']) {
			expect(places.filter((p) => p.startsWith('today/manage:') && p.endsWith(`/pc:${screen}`)).length, screen).toBeGreaterThan(0);
		}
	});

	it('names for every card steps of its methods’ chapters, and draws it in every language', () => {
		for (const card of cards) {
			expect(card.steps.length, card.id).toBeGreaterThan(0);
			for (const step of card.steps) {
				expect(card.methods, card.id).toContain(chapterOf(step));
				const chapter = 'task' in step ? findTaskStep(step.task, step.id) : lookupStep(step.method, step.id, card.edition);
				expect(chapter, `${card.id} ${step.id}`).toBeTruthy();
			}
			for (const lang of LANGS) {
				const view = card.views[lang];
				expect(view.html, `${card.id} (${lang})`).toMatch(/class="sim-(pc|phone)__bar"/);
				expect(view.words.length, `${card.id} (${lang})`).toBeGreaterThan(0);
				// What the filter searches holds every word of the screen, in every language (a word in pieces joined back).
				const searched = card.search[lang].map((w) => (typeof w === 'string' ? w : w.join('')));
				for (const word of view.words) expect(searched, `${card.id} (${lang})`).toContain(fold(word));
			}
		}
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
	});

	it('shows a screen once where flows draw it alike: today’s sign-in page is one card for every method and the task', () => {
		const signIn = cards.filter((c) => c.edition === 'today' && c.device === 'pc' && c.screen === 'signIn');
		expect(signIn.map((c) => c.methods)).toEqual([[...EDITION_METHODS.filter(([e]) => e === 'today').map(([, m]) => m), 'manage']]);
	});

	it('lists the practice after enrolment in a group of its own, its reused screens on the methods’ cards', () => {
		const manage = cards.filter((c) => c.group === 'manage');
		expect(manage.length).toBeGreaterThan(0);
		for (const card of manage) {
			expect(card.edition).toBe('today');
			expect(card.steps[0] && 'task' in card.steps[0] ? card.steps[0].task : null, card.id).toBe('manage');
		}
		expect(manage.map((c) => c.screen)).toEqual(expect.arrayContaining(['securityInfo', 'secinfoDelete', 'tapSignIn', 'helpdesk']));
		// A wizard page the scenarios reuse, drawn alike, is the method's card, listing the task's step after the method's.
		const shared = cards.filter((c) => c.methods.includes('manage') && c.methods.some(isMethod));
		expect(shared.length).toBeGreaterThan(0);
		for (const card of shared) expect(card.group, card.id).not.toBe('manage');
	});
});

describe('folding what is typed', () => {
	it('sets a masked phone number apart from the words around it', () => {
		expect(searchWord('We texted your phone +81 XXXXXXXX78. Please enter the code')).toEqual([
			'wetextedyourphone',
			'+81xxxxxxxx78',
			'.pleaseenterthecode',
		]);
		expect(searchWord('Sign in')).toBe('signin');
	});

	it('meets full-width and half-width forms, case and spaces', () => {
		expect(fold('ｻｲﾝｲﾝ')).toBe(fold('サインイン'));
		expect(fold('１２')).toBe('12');
		expect(fold('ＳＭＳ')).toBe('sms');
		expect(fold(' Sign  In ')).toBe('signin');
		expect(terms('Sign in　ｺｰﾄﾞ')).toEqual(['sign', 'in', 'コード']);
		expect(terms('   ')).toEqual([]);
	});
});
