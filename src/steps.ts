import { institution } from './config/institution';
import { isKey, type Key, t } from './i18n';
import { fill } from './i18n/format';
import { LANGS, type Lang } from './i18n/locales';
import { type Edition, hasEdition, type Method, type MethodIn, methodsOf, PHASES, type Phase, type Task } from './methods';
import {
	type MethodsOf,
	SCENARIO_STEP_IDS,
	STEP_IDS,
	type StepId,
	type StepOf,
	TASK_STEP_IDS,
	type TaskSection,
	type TaskStepId,
} from './step-ids';

// Defined in src/i18n/locales.ts and src/methods.ts; re-exported for the modules that import them from here.
export type { Edition, Lang, Phase, StepId };
export { PHASES };

export interface StepDef {
	/** Stable across languages and releases: the chapter anchor, the simulator state, the helpdesk key. */
	id: StepId;
	title: Record<Lang, string>;
}

/** The key of a step's title: a step in a table without a title is a type error here. */
type StepTitleKey =
	| { [M in MethodsOf<'manual'>]: `manual.step.${M}.${StepOf<'manual', M> & string}` }[MethodsOf<'manual'>]
	| { [M in MethodsOf<'today'>]: `today.step.${M}.${StepOf<'today', M> & string}` }[MethodsOf<'today'>];
const titleKey = (edition: Edition, method: Method, id: StepId) =>
	(edition === 'manual' ? `manual.step.${method}.${id}` : `today.step.${method}.${id}`) as StepTitleKey satisfies Key;

const titleOf = (edition: Edition, method: Method, id: StepId): Record<Lang, string> =>
	Object.fromEntries(LANGS.map((lang) => [lang, t(lang, titleKey(edition, method, id))])) as Record<Lang, string>;

type StepTable = { [E in Edition]: Record<MethodIn<E>, Record<Phase, readonly StepDef[]>> };

/** The ids of a method's steps in an edition, or undefined where the method has no such edition. */
function idsOf(edition: Edition, method: Method): Record<Phase, readonly StepId[]> | undefined {
	const table: Record<Edition, Partial<Record<Method, Record<Phase, readonly StepId[]>>>> = STEP_IDS;
	return table[edition][method];
}

function withTitles(edition: Edition, method: Method): Record<Phase, readonly StepDef[]> {
	const ids = idsOf(edition, method) ?? { setup: [], signin: [] };
	return {
		setup: ids.setup.map((id) => ({ id, title: titleOf(edition, method, id) })),
		signin: ids.signin.map((id) => ({ id, title: titleOf(edition, method, id) })),
	};
}

const tableOf = <E extends Edition>(edition: E) =>
	Object.fromEntries(methodsOf(edition).map((method) => [method, withTitles(edition, method)])) as Record<
		MethodIn<E>,
		Record<Phase, readonly StepDef[]>
	>;

/** The step tables with each step's title in every language, from the dictionaries. */
export const STEPS: StepTable = { today: tableOf('today'), manual: tableOf('manual') };

/**
 * A method's steps of one phase in an edition; none where the method has no such edition
 * (a passkey in the manual's), so that a page listing every method's steps needs no test.
 */
export function phaseSteps(method: Method, edition: Edition, phase: Phase): readonly StepDef[] {
	const table: Record<Edition, Partial<Record<Method, Record<Phase, readonly StepDef[]>>>> = STEPS;
	return hasEdition(method, edition) ? (table[edition][method]?.[phase] ?? []) : [];
}

export interface LocatedStep extends StepDef {
	edition: Edition;
	method: Method;
	phase: Phase;
	/** 1-based, counted within its phase: the number a reader sees. */
	number: number;
}

/** A step of an edition's chapter, or undefined when that chapter has no such step. */
export function lookupStep(method: Method, id: string, edition: Edition): LocatedStep | undefined {
	for (const phase of PHASES) {
		const steps = phaseSteps(method, edition, phase);
		const index = steps.findIndex((s) => s.id === id);
		const step = steps[index];
		if (step) return { ...step, edition, method, phase, number: index + 1 };
	}
	return undefined;
}

export function findStep(method: Method, id: string, edition: Edition = 'today'): LocatedStep {
	const step = lookupStep(method, id, edition);
	if (step) return step;
	throw new Error(`Unknown step "${id}" for method "${method}" in the ${edition} edition. Known steps are listed in src/steps.ts.`);
}

export function stepsOf(method: Method, edition: Edition = 'today'): LocatedStep[] {
	return PHASES.flatMap((phase) => phaseSteps(method, edition, phase).map((s, i) => ({ ...s, edition, method, phase, number: i + 1 })));
}

/**
 * The steps a chapter's address leads to in the other edition: a link to a step only the
 * other edition has (/push/#setup-choose-notification) is sent there by the chapter's page.
 */
export function elsewhere(method: Method, edition: Edition): StepId[] {
	const other: Edition = edition === 'today' ? 'manual' : 'today';
	// A chapter without a twin (the passkey's) has nowhere to send a link on to.
	if (!hasEdition(method, other)) return [];
	const own = new Set<string>(stepsOf(method, edition).map((s) => s.id));
	return stepsOf(method, other)
		.map((s) => s.id)
		.filter((id) => !own.has(id));
}

/**
 * The app's account as its button on the phone reads (src/screens/shared/phone-app.ts): an
 * instruction to tap it names it by that label, which is the institution's.
 */
const accountLabel = (lang: Lang) => `${institution.name[lang]}: ${institution.exampleAccount}`;

/**
 * Where to practise creating a passkey, for a guide that has the student skip the prompt:
 * only where the institution offers passkeys (elsewhere there is no such practice to name).
 */
const passkeyElsewhere = (lang: Lang) => (institution.methods.includes('passkey') ? t(lang, 'today.guide.passkeyElsewhere') : '');

/**
 * What to do at a step in the simulator, in one line: the method's own where the methods
 * differ, else the shared one; today's edition has its own (`today.guide.…`). `{account}`
 * and `{passkey}` are filled in here; `{days}` and `{number}` by the practice page.
 */
export function guideOf(lang: Lang, method: Method, step: StepId, edition: Edition = 'today'): string {
	const prefix = edition === 'manual' ? 'manual.guide.' : 'today.guide.';
	const own = `${prefix}${method}:${step}`;
	const shared = `${prefix}${step}`;
	// A step without its line fails the build (and the tests that walk every step), rather than
	// leaving the practice's guide blank at that step.
	const key = isKey(own) ? own : isKey(shared) ? shared : null;
	if (!key) throw new Error(`No guide line for the ${edition} ${method} step ${step}: add ${own} or ${shared} to src/i18n/`);
	return fill(t(lang, key), { account: accountLabel(lang), passkey: passkeyElsewhere(lang) }).trim();
}

/** A step of a task chapter (src/step-ids.ts, TASK_STEP_IDS): its section, its number within it, its title. */
export interface TaskStep {
	id: TaskStepId;
	task: Task;
	section: TaskSection;
	/** 1-based, counted within its section: the number a reader sees. */
	number: number;
	title: Record<Lang, string>;
}

/**
 * Steps a task chapter has only where the institution offers what they need: signing in with a
 * Temporary Access Pass, where the helpdesk issues them (`temporaryAccessPass` in the config).
 */
const offeredStep = (id: TaskStepId) => id !== 'lost-phone-tap' || institution.temporaryAccessPass.issued;

/**
 * Every step of a task chapter this institution's guide has, section by section, numbered as the
 * chapter shows them; titles are `<task>.step.<id>` (a missing one is a type error).
 */
export function taskSteps(task: Task): TaskStep[] {
	const sections: Record<string, readonly TaskStepId[]> = TASK_STEP_IDS[task];
	return Object.entries(sections).flatMap(([section, ids]) =>
		ids.filter(offeredStep).map((id, i) => ({
			id,
			task,
			section: section as TaskSection,
			number: i + 1,
			title: Object.fromEntries(LANGS.map((lang) => [lang, t(lang, `${task}.step.${id}` satisfies Key)])) as Record<Lang, string>,
		})),
	);
}

/** A step of a task chapter, or null where this institution's guide leaves it out (`offeredStep`); an unknown id throws. */
export function findTaskStep(task: Task, id: string): TaskStep | null {
	const step = taskSteps(task).find((s) => s.id === id);
	if (step) return step;
	const sections: Record<string, readonly string[]> = TASK_STEP_IDS[task];
	if (Object.values(sections).some((ids) => ids.includes(id))) return null;
	throw new Error(`Unknown step "${id}" of the ${task} chapter. Its steps are TASK_STEP_IDS.${task} in src/step-ids.ts.`);
}

/** A word of a task's practice, by its key (`<task>.…`): a key missing from the dictionaries fails the build, naming it. */
function taskWords(lang: Lang, key: string): string {
	if (!isKey(key)) throw new Error(`No words for ${key}: add it to src/i18n/ (the task practice's dictionaries)`);
	return fill(t(lang, key), { account: accountLabel(lang) }).trim();
}

/** A scenario of a task's practice (/practice/manage/): its name, what it practises, and its steps as the chapter numbers them. */
export interface TaskScenario {
	task: Task;
	scenario: string;
	title: Record<Lang, string>;
	blurb: Record<Lang, string>;
	steps: TaskStep[];
}

const inLangs = (key: string) => Object.fromEntries(LANGS.map((lang) => [lang, taskWords(lang, key)])) as Record<Lang, string>;

/**
 * The scenarios of a task's practice this institution's guide offers, in order: one whose steps the
 * guide leaves out (the pass's sign-in, where the helpdesk issues none) is not offered. Titles are
 * `<task>.scenario.<scenario>`, what it practises `<task>.scenario.<scenario>.blurb`.
 */
export function taskScenarios(task: Task): TaskScenario[] {
	const scenarios: Record<string, readonly TaskStepId[]> = SCENARIO_STEP_IDS[task];
	const offered = taskSteps(task);
	return Object.entries(scenarios).flatMap(([scenario, ids]) => {
		const steps = ids.map((id) => offered.find((s) => s.id === id));
		if (!steps.every((s) => s !== undefined)) return [];
		return [
			{
				task,
				scenario,
				title: inLangs(`${task}.scenario.${scenario}`),
				blurb: inLangs(`${task}.scenario.${scenario}.blurb`),
				steps: steps.filter((s) => s !== undefined),
			},
		];
	});
}

/** A task practice's one-line guide at a step (`<task>.guide.<id>`), as the simulator shows it. */
export const taskGuideOf = (lang: Lang, task: Task, id: string): string => taskWords(lang, `${task}.guide.${id}`);
