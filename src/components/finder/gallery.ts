// Build time only: every distinct screen of every practice flow, for the screen finder
// (/screens/), drawn by the chapters' renderer from the same descriptions and the same
// recorded world as the chapters' pictures (./../illustrations.ts).

import { Fragment, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { AnyMachineSnapshot, AnyStateNode, StateValue } from 'xstate';
import { PRACTICE, TASK_PRACTICE } from '../../flows/registry';
import { fold } from '../../i18n/fold';
import { LANGS, type Lang } from '../../i18n/locales';
import { currentScreen, type StateMeta } from '../../machines/meta';
import { createSession, type Device, perform, until } from '../../machines/runtime';
import { EDITIONS, type Edition, isMethod, isTask, METHODS, type Method, PHASES, TASKS, type Task } from '../../methods';
import { describeScreen } from '../../screens/describe';
import type { Block, PracticeFlow, Screen } from '../../screens/model';
import { deviceElements } from '../../screens/render';
import { screensOf } from '../../screens/view';
import { SCENARIO_STEP_IDS } from '../../step-ids';
import { type LocatedStep, lookupStep, type StepId, stepsOf, type TaskStep, taskSteps } from '../../steps';
import { pictureEnv, pictureOptions } from '../illustrations';

/** A screen of one flow: what the finder's unit test counts, and what a card is made of. */
export interface ScreenPlace {
	edition: Edition;
	/** The method practised, or the task whose scenario draws it. */
	method: Method | Task;
	/** A task's scenario (SCENARIO_STEP_IDS in src/step-ids.ts): a task has one flow per scenario. */
	scenario?: string;
	device: Device;
	/** The screen's id, a key of the flow's screens. */
	screen: string;
}

/** A screen as a language draws it. */
export interface ScreenView {
	/** What the card is called: the screen's title, or its description where it has none (a phone's home screen). */
	name: string;
	html: string;
	/** The picture's text alternative. */
	alt: string;
	/** Every word the screen shows: labels, texts, buttons, choices. */
	words: string[];
	/** It shows a label no source confirms. */
	mayDiffer: boolean;
}

/** A step that shows a screen: of a method's chapter (its phase), or of a task's (its section, after enrolment). */
export type FinderStep = LocatedStep | TaskStep;

/** Where a card is listed: the phase of a method's chapter, or a task's chapter (after enrolment), in this order. */
export const FINDER_GROUPS = [...PHASES, ...TASKS] as const;
export type FinderGroup = (typeof FINDER_GROUPS)[number];

/** The chapter a step belongs to: its method, or its task. */
export const chapterOf = (step: FinderStep): Method | Task => ('task' in step ? step.task : step.method);
const groupOf = (step: FinderStep): FinderGroup => ('task' in step ? step.task : step.phase);
/** Methods first, in the registry's order, then the tasks. */
const CHAPTERS: readonly (Method | Task)[] = [...METHODS, ...TASKS];

/**
 * One card of the finder: a screen of one edition on one device, listed once with every
 * method and step that shows it. Flows that draw the very same screen (today's sign-in page
 * is the same for every method) share a card; the same screen id drawn differently (the
 * "added" page words itself per method) is a card per drawing.
 */
export interface FinderCard {
	/** Stable within a build, and an anchor of the page: edition, device, screen and first method. */
	id: string;
	edition: Edition;
	device: Device;
	screen: string;
	places: ScreenPlace[];
	/** The methods that show it, in the registry's order, then the tasks whose practice does. */
	methods: (Method | Task)[];
	/** Every step during which it shows, per method in the registry's order then per task, each in its chapter's order. */
	steps: FinderStep[];
	/** Where it first appears (its first step's phase, or its task): the group it is listed in. */
	group: FinderGroup;
	views: Record<Lang, ScreenView>;
	/** Its words in each language, folded (src/lib/fold.ts): what the filter searches, whatever the page's language. */
	search: Record<Lang, SearchWord[]>;
}

/** Both devices' snapshots at one moment, and the world's time then. */
interface Moment {
	pc: AnyMachineSnapshot;
	phone: AnyMachineSnapshot;
	now: number;
	step: StepId | null;
	busy: boolean;
}

/** A screen of a flow: the steps it shows during, and a moment it shows (null: no walk reaches it, it is put there). */
interface Found {
	steps: Set<StepId>;
	moment: Moment | null;
	/** The state that shows it, for a screen no walk reaches. */
	node: AnyStateNode | null;
}

const DEVICES: readonly Device[] = ['pc', 'phone'];

/** A flow of the registry: a method's in one edition, or a scenario of a task's practice (today's edition). */
export interface RegistryFlow {
	edition: Edition;
	method: Method | Task;
	scenario?: string;
	flow: PracticeFlow;
}

/**
 * Every flow of the registry (src/flows/registry.ts): each method in each edition it has
 * (PRACTICE), then each scenario of each task's practice (TASK_PRACTICE, today's screens). A
 * flow added there (a new method, a new edition, a new scenario) joins the finder without a line here.
 */
export async function registryFlows(): Promise<RegistryFlow[]> {
	const loaders: Record<string, Partial<Record<Edition, () => Promise<PracticeFlow>>>> = PRACTICE;
	const methods = Object.values(loaders).flatMap((byEdition) =>
		EDITIONS.flatMap((edition) => {
			const load = byEdition[edition];
			return load ? [{ edition, load }] : [];
		}),
	);
	const scenarios = TASKS.flatMap((task) => {
		const byScenario: Record<string, () => Promise<PracticeFlow>> = TASK_PRACTICE[task];
		return Object.values(byScenario).map((load) => ({ edition: 'today' as const, load }));
	});
	const flows = await Promise.all([...methods, ...scenarios].map(async ({ edition, load }) => ({ edition, flow: await load() })));
	return flows.flatMap(({ edition, flow }): RegistryFlow[] => {
		if (isMethod(flow.method)) return [{ edition, method: flow.method, flow }];
		if (isTask(flow.method) && flow.scenario) return [{ edition, method: flow.method, scenario: flow.scenario, flow }];
		throw new Error(`A ${flow.method} flow of the registry names no scenario (src/flows/registry.ts)`);
	});
}

/** The steps of a flow's chapter that it plays: a method's chapter in its edition, or its scenario's run of the task's. */
function playsStep(edition: Edition, method: Method | Task, scenario: string | undefined): (step: StepId) => boolean {
	if (isMethod(method)) return (step) => lookupStep(method, step, edition) !== undefined;
	const runs: Record<string, readonly StepId[]> = SCENARIO_STEP_IDS[method];
	const run = new Set<StepId>(scenario ? (runs[scenario] ?? []) : []);
	return (step) => run.has(step);
}

/** The leaves of a machine's states (a snapshot rests in one), each with what it and its ancestors say. */
function leaves(node: AnyStateNode): { node: AnyStateNode; meta: StateMeta }[] {
	const children = Object.values(node.states ?? {});
	if (children.length) return children.flatMap(leaves);
	const chain: AnyStateNode[] = [];
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) chain.unshift(n);
	return [{ node, meta: Object.assign({}, ...chain.map((n): StateMeta => n.meta ?? {})) }];
}

/** Every step a state's meta names, in both phases. */
function namedSteps(meta: StateMeta): StepId[] {
	const rule = meta.step;
	if (rule === undefined) return [];
	return typeof rule === 'object' && 'setup' in rule ? [rule.setup, rule.signin].flat() : [rule].flat();
}

/**
 * A flow's screens, per device: those its walk-through shows, with the steps they show
 * during, and those its states name for the flow's own steps (wrong turns: a failed text, a
 * call not answered). A state of a phone that several flows share and that names only steps
 * this flow's chapter lacks is not this flow's: the app's approval sheet is push's, not the
 * code's, though the code's phone has it; a scenario's own steps are its run of the task's.
 */
async function screensOfFlow({ edition, method, scenario, flow }: RegistryFlow): Promise<Map<string, Found>> {
	const found = new Map<string, Found>();
	const ours = playsStep(edition, method, scenario);
	const entry = (device: Device, screen: string) => {
		const key = `${device}:${screen}`;
		const f = found.get(key) ?? { steps: new Set(), moment: null, node: null };
		found.set(key, f);
		return f;
	};

	// The walk-through, as the chapters' pictures record it: every moment either device changes.
	const session = createSession(pictureOptions(flow, edition));
	const moments: Moment[] = [];
	const note = () => {
		const pc = session.pc.getSnapshot();
		const phone = session.phone.getSnapshot();
		let step: StepId | null = null;
		try {
			step = session.step();
		} catch {
			// Between two states: no step to name, the next moment will.
		}
		const moment = { pc, phone, now: session.now(), step, busy: session.busy() };
		moments.push(moment);
		for (const device of DEVICES) {
			const f = entry(device, currentScreen(moment[device]));
			if (step) f.steps.add(step);
			// The first moment it shows settled: a screen waiting for the service may be drawn busy.
			if (!f.moment || (f.moment.busy && !moment.busy)) f.moment = moment;
		}
	};
	session.pc.subscribe(note);
	session.phone.subscribe(note);
	session.start();
	try {
		note();
		for (const step of flow.script) {
			await until(() => !session.busy() && session.step() === step.step && (step.ready?.(session) ?? true), `step ${step.step}`);
			for (const action of step.actions) await perform(session, action);
		}
	} finally {
		session.stop();
	}

	// The states' own: wrong turns the walk never takes.
	for (const device of DEVICES) {
		for (const { node, meta } of leaves(flow[device].root)) {
			if (!meta.screen) continue;
			const steps = namedSteps(meta);
			const mine = steps.filter(ours);
			if (steps.length && !mine.length) continue;
			const f = entry(device, meta.screen);
			for (const step of mine) f.steps.add(step);
			if (!f.moment && !f.node) f.node = node;
		}
	}

	// A screen no walk reaches is drawn in the world of its first step, its device put in its state.
	for (const [key, f] of found) {
		if (f.moment || !f.node) continue;
		const device = key.startsWith('pc:') ? 'pc' : 'phone';
		const at = moments.find((m) => m.step !== null && f.steps.has(m.step)) ?? moments[0];
		if (!at) throw new Error(`The ${edition} ${method} flow's walk-through recorded nothing`);
		const machine = flow[device];
		const value = valueWith(at[device].value, f.node.path);
		f.moment = { ...at, [device]: machine.resolveState({ value, context: at[device].context }) };
	}
	return found;
}

/** A state value with `path` made active: its own region changed, a parallel state's other regions kept. */
function valueWith(value: StateValue | undefined, path: readonly string[]): StateValue {
	const [head, ...rest] = path;
	if (head === undefined) return value ?? {};
	// A parallel state's region, or the child already active: go down it, keeping the rest.
	if (typeof value === 'object' && head in value) return { ...value, [head]: valueWith(value[head], rest) };
	return build(path);
}

/** A state value naming one path: ["app", "peek"] → { app: "peek" }. */
function build(path: readonly string[]): StateValue {
	const [head, ...rest] = path;
	if (head === undefined) return {};
	return rest.length === 0 ? head : { [head]: build(rest) };
}

/** Every word a screen shows, for the filter. */
function wordsOf(screen: Screen<unknown>): string[] {
	const words: string[] = [];
	const blocks = (list: Block<unknown>[]) => {
		for (const b of list) {
			switch (b.kind) {
				case 'title':
				case 'text':
				case 'error':
					words.push(b.text);
					break;
				case 'list':
					words.push(...b.items);
					break;
				case 'facts':
					words.push(...b.items.flat());
					break;
				case 'messages':
					for (const m of b.items) words.push(m.from, m.text);
					break;
				case 'picture':
					words.push(b.label, b.empty ?? '');
					break;
				case 'field':
					words.push(b.label, b.shown ?? '');
					break;
				case 'select':
				case 'choices':
					words.push('label' in b ? b.label : b.legend, ...b.options.map((o) => o.label));
					break;
				case 'check':
					words.push(b.label);
					break;
				case 'actions':
				case 'icons':
				case 'accounts':
					words.push(...b.buttons.map((button) => button.label));
					break;
				case 'keypad':
					words.push(b.label);
					break;
				case 'form':
					blocks(b.blocks);
					break;
				case 'busy':
					break;
			}
		}
	};
	if (screen.banner) words.push(screen.banner.label);
	if (screen.nav) words.push(screen.nav.label);
	blocks(screen.blocks);
	return words.filter((w) => w.trim().length > 0);
}

/** A phone number with its digits hidden, as the sign-in page names it ("+81 XXXXXXXX78", src/backend/phone-number.ts). */
const MASKED_NUMBER = /(\+\d+\s*X{2,}\d+)/;

/**
 * A word of a screen as the filter searches it, folded (src/i18n/fold.ts): a string, or its pieces where
 * it holds a masked phone number, which the filter joins back (src/components/finder/filter.ts). The
 * number is data, the same in every language; folded into the sentence around it, its hidden digits
 * would read as a word ("xxxxxxxx") among a language's words.
 */
export type SearchWord = string | string[];

export function searchWord(word: string): SearchWord {
	const pieces = word
		.split(MASKED_NUMBER)
		.map(fold)
		.filter((piece) => piece.length > 0);
	return pieces.length === 1 ? (pieces[0] ?? '') : pieces;
}

/** A screen's words as the filter searches them, each once. */
const searchWords = (words: string[]): SearchWord[] => [
	...new Map(words.map(searchWord).map((w) => [typeof w === 'string' ? w : w.join(''), w])).values(),
];

/** A screen drawn in a language, as a chapter's picture draws it (still: nothing to press). */
function view(flow: PracticeFlow, edition: Edition, method: Method | Task, device: Device, moment: Moment, lang: Lang): ScreenView {
	const env = pictureEnv(method, lang, moment.now, edition, false);
	const screens = screensOf(flow, moment.pc, moment.phone, env);
	const screen: Screen<unknown> = screens[device];
	const title = screen.blocks.find((b) => b.kind === 'title');
	const alt = describeScreen(env, device, screen);
	return {
		name: title?.kind === 'title' ? title.text : (screen.banner?.alt ?? screen.alt ?? alt),
		html: renderToString(
			h(Fragment, null, device === 'pc' ? deviceElements('pc', screens.pc, env) : deviceElements('phone', screens.phone, env)),
		),
		alt: [`${env.t['practice.figure']}: ${alt}`, ...(screen.mayDiffer ? [env.t['practice.mayDifferAlt']] : [])].join(' '),
		words: wordsOf(screen),
		mayDiffer: screen.mayDiffer === true,
	};
}

let cards: Promise<FinderCard[]> | undefined;

/** Every card of the finder, made once per build. */
export function finderCards(): Promise<FinderCard[]> {
	cards ??= makeCards();
	return cards;
}

async function makeCards(): Promise<FinderCard[]> {
	const byKey = new Map<string, FinderCard>();
	for (const entry of await registryFlows()) {
		const { edition, method, scenario, flow } = entry;
		const name = scenario ? `${method} ${scenario}` : method;
		for (const [key, found] of await screensOfFlow(entry)) {
			const [device, screen] = key.split(':') as [Device, string];
			const moment = found.moment;
			if (!moment) throw new Error(`The ${edition} ${name} flow has no moment showing its ${device} screen "${screen}"`);
			if (!found.steps.size) throw new Error(`The ${edition} ${name} flow's ${device} screen "${screen}" belongs to no step`);
			const views = Object.fromEntries(LANGS.map((lang) => [lang, view(flow, edition, method, device, moment, lang)])) as Record<
				Lang,
				ScreenView
			>;
			// The same drawing in every language is the same screen, whichever flow draws it.
			const same = `${edition}\n${device}\n${screen}\n${LANGS.map((lang) => views[lang].html).join('\n')}`;
			const card = byKey.get(same) ?? {
				id: [edition, device, screen, method, ...(scenario ? [scenario] : [])].join('-'),
				edition,
				device,
				screen,
				places: [],
				methods: [],
				steps: [],
				group: 'setup',
				views,
				search: Object.fromEntries(LANGS.map((lang) => [lang, searchWords(views[lang].words)])) as Record<Lang, SearchWord[]>,
			};
			byKey.set(same, card);
			card.places.push({ edition, method, ...(scenario ? { scenario } : {}), device, screen });
			if (!card.methods.includes(method)) card.methods.push(method);
			card.steps.push(...chapterSteps(method, edition).filter((s) => found.steps.has(s.id)));
		}
	}
	const all = [...byKey.values()];
	for (const card of all) {
		card.methods.sort((a, b) => CHAPTERS.indexOf(a) - CHAPTERS.indexOf(b));
		card.steps.sort((a, b) => CHAPTERS.indexOf(chapterOf(a)) - CHAPTERS.indexOf(chapterOf(b)) || positionOf(a) - positionOf(b));
		const first = card.steps[0];
		card.group = first ? groupOf(first) : 'setup';
	}
	return all.sort(byPlace);
}

const taskStepsOf = new Map<Task, TaskStep[]>(TASKS.map((task) => [task, taskSteps(task)]));

/** A chapter's steps in its order: a method's in an edition, or a task's (today's edition only). */
function chapterSteps(chapter: Method | Task, edition: Edition): FinderStep[] {
	if (isMethod(chapter)) return stepsOf(chapter, edition);
	return edition === 'today' ? (taskStepsOf.get(chapter) ?? []) : [];
}

/** A step's place in its chapter. */
const positionOf = (step: FinderStep) =>
	chapterSteps(chapterOf(step), 'task' in step ? 'today' : step.edition).findIndex((s) => s.id === step.id);

/** Where a card comes in the procedure: its group, its edition, then its first chapter's first step, the PC before the phone. */
function byPlace(a: FinderCard, b: FinderCard): number {
	const place = (card: FinderCard) => {
		const first = card.steps[0];
		return [
			FINDER_GROUPS.indexOf(card.group),
			EDITIONS.indexOf(card.edition),
			first ? CHAPTERS.indexOf(chapterOf(first)) : 0,
			first ? positionOf(first) : 0,
			DEVICES.indexOf(card.device),
		];
	};
	const [pa, pb] = [place(a), place(b)];
	for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}
