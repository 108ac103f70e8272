import { describe, expect, it, onTestFinished } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { TASK_PRACTICE } from '../../src/flows/registry';
import { flow as newPhoneFlow } from '../../src/flows/today/manage-newphone';
import type { PcContext } from '../../src/machines/pc';
import { createSession, perform, recordSeeds, type Session, type SessionOptions, seededRandom, until } from '../../src/machines/runtime';
import type { HandsetsContext } from '../../src/machines/today/handsets';
import type { PracticeFlow } from '../../src/screens/model';
import { LOST_DEVICE } from '../../src/screens/today/manage';
import { SCENARIO_STEP_IDS } from '../../src/step-ids';
import { track, unvisited, type Visited } from '../support/inspect';

const SCENARIOS = Object.entries(SCENARIO_STEP_IDS.manage);
const loaders: Record<string, () => Promise<PracticeFlow>> = TASK_PRACTICE.manage;
const flows = Object.fromEntries(await Promise.all(SCENARIOS.map(async ([name]) => [name, await loaders[name]!()] as const)));

const options = (flow: PracticeFlow, over: Partial<SessionOptions> = {}): SessionOptions => ({
	account: 's1234567@example.ac.jp',
	rememberDays: 14,
	pollMs: 1,
	clock: () => Date.UTC(2026, 3, 1, 9),
	random: seededRandom(7),
	flow,
	...over,
});

const ctx = (s: Session): PcContext => s.pc.getSnapshot().context;

describe('the practice after enrolment: its scenarios', () => {
	it('has one flow per scenario, each the task’s, with its scenario’s steps in order', () => {
		expect(Object.keys(TASK_PRACTICE.manage).sort()).toEqual(SCENARIOS.map(([name]) => name).sort());
		for (const [name, steps] of SCENARIOS) {
			const flow = flows[name]!;
			expect(flow.method).toBe('manage');
			expect(flow.scenario).toBe(name);
			expect(flow.script.map((e) => e.step)).toEqual([...steps]);
		}
	});

	it('shares no step between two scenarios, so ?step= names the scenario', () => {
		const all = SCENARIOS.flatMap(([, steps]) => steps);
		expect(new Set(all).size).toBe(all.length);
	});

	for (const [name, steps] of SCENARIOS) {
		const flow = flows[name]!;
		it(`${name}: walks end to end, reaching every step in order`, async () => {
			const seeds = await recordSeeds(options(flow));
			expect(Object.keys(seeds)).toEqual([...steps]);
		});

		it(`${name}: resumes from every step (a deep link) and finishes from there`, async () => {
			const seeds = await recordSeeds(options(flow));
			for (const [index, entry] of flow.script.entries()) {
				const session = createSession(options(flow, { seed: seeds[entry.step]! }));
				onTestFinished(() => session.stop());
				session.start();
				expect(session.step()).toBe(entry.step);
				for (const later of flow.script.slice(index)) {
					await until(() => !session.busy() && session.step() === later.step, `${later.step} after resuming at ${entry.step}`);
					for (const action of later.actions) await perform(session, action);
				}
				await until(() => !session.busy(), 'the end');
				expect(session.done()).toBe(true);
				session.stop();
			}
		});
	}
});

describe('lost phone, the helpdesk’s Temporary Access Pass', () => {
	const flow = flows['lost-phone-tap']!;

	/** A session walked up to the start of `step`. */
	async function at(step: string, visited?: Visited) {
		const session = createSession(options(flow));
		onTestFinished(() => session.stop());
		if (visited) track(session, visited);
		session.start();
		for (const entry of flow.script) {
			await until(() => !session.busy() && session.step() === entry.step, entry.step);
			if (entry.step === step) return session;
			for (const action of entry.actions) await perform(session, action);
		}
		return session;
	}
	const send = async (session: Session, device: 'pc' | 'phone', event: Parameters<Session['pc']['send']>[0]) => {
		(device === 'pc' ? session.pc : session.phone).send(event);
		await until(() => !session.busy(), `${event.type} to settle`);
	};

	it('refuses a wrong pass with its message, signs in with the right one, and refuses it once used', async () => {
		const session = await at('lost-phone-tap');
		const pass = ctx(session).pass?.code ?? '';
		expect(pass).toHaveLength(8);
		await send(session, 'pc', { type: 'tap.submit', code: 'wrong123' });
		expect(ctx(session).error).toBe('tap-wrong');
		expect(session.step()).toBe('lost-phone-tap');
		await send(session, 'pc', { type: 'tap.submit', code: pass });
		expect(session.step()).toBe('lost-phone-register');
		expect(ctx(session).secinfo?.methods.map((m) => m.device)).toEqual([LOST_DEVICE]);
	});

	it('refuses an expired pass with its own message', async () => {
		const session = await at('lost-phone-tap');
		session.advance(60 * 60_000 + 1);
		await send(session, 'pc', { type: 'tap.submit', code: ctx(session).pass?.code ?? '' });
		expect(ctx(session).error).toBe('tap-expired');
		expect(session.step()).toBe('lost-phone-tap');
	});

	it('keeps the lost phone until the new one is added, and adds only the app', async () => {
		const session = await at('lost-phone-register');
		const lost = ctx(session).secinfo?.methods[0]?.id ?? '';
		await send(session, 'pc', { type: 'secinfo.delete', id: lost });
		expect(ctx(session).error).toBe('manage-add-first');
		await send(session, 'pc', { type: 'secinfo.add' });
		await send(session, 'pc', { type: 'secinfo.chooseAdd', kind: 'passkey' });
		expect(ctx(session).error).toBe('choose-add-app');
		await send(session, 'pc', { type: 'secinfo.cancel' });
		expect(ctx(session).error).toBeNull();
		expect(session.tenant.methods.view().methods).toHaveLength(1);
	});

	it('deletes only the lost phone’s row, and signs out only after it', async () => {
		const session = await at('lost-phone-clean-up');
		const rows = ctx(session).secinfo?.methods ?? [];
		expect(rows.map((m) => m.device === LOST_DEVICE)).toEqual([true, false]);
		// No "Sign out" before the lost phone's row is gone: the page does not offer it, and the PC takes no such press.
		expect(session.pc.getSnapshot().can({ type: 'pc.signOut' })).toBe(false);
		await send(session, 'pc', { type: 'secinfo.add' });
		expect(ctx(session).error).toBe('manage-delete-first');
		await send(session, 'pc', { type: 'secinfo.delete', id: rows[1]?.id ?? '' });
		await send(session, 'pc', { type: 'secinfo.ok' });
		expect(ctx(session).error).toBe('manage-delete-old');
		await send(session, 'pc', { type: 'secinfo.cancel' });
		await send(session, 'pc', { type: 'secinfo.delete', id: rows[0]?.id ?? '' });
		await send(session, 'pc', { type: 'secinfo.ok' });
		expect(ctx(session).deleted).toBe(true);
		expect(session.tenant.methods.view().methods.map((m) => m.label)).toEqual(['Pixel 9']);
		expect(session.tenant.methods.view().defaultMethod).toBe('push');
		await send(session, 'pc', { type: 'secinfo.add' });
		expect(ctx(session).error).toBe('manage-sign-out');
		await send(session, 'pc', { type: 'pc.signOut' });
		await send(session, 'pc', { type: 'tap.submit', code: ctx(session).pass?.code ?? '' });
		expect(ctx(session).error).toBe('tap-used');
		expect(session.done()).toBe(true);
	});

	it('enters every PC state on its walk and wrong turns', async () => {
		const visited: Visited = { pc: new Set(), phone: new Set() };
		const session = await at('the end', visited);
		await until(() => !session.busy(), 'the end');
		// Wrong turns: a service failure is every busy state's; these are the ones a student can make.
		const again = await at('lost-phone-register', visited);
		await send(again, 'pc', { type: 'secinfo.add' });
		const helpdeskFailed = await at('lost-phone-clean-up', visited);
		await send(helpdeskFailed, 'pc', { type: 'secinfo.delete', id: ctx(helpdeskFailed).secinfo?.methods[0]?.id ?? '' });
		await send(helpdeskFailed, 'pc', { type: 'secinfo.cancel' });
		expect(unvisited(session, visited).pc).toEqual([]);
	});
});

describe('change the default sign-in method', () => {
	const flow = flows['change-default']!;

	it('opens the page with a text’s code, keeps the student on “Change”, and makes the app’s notification the default', async () => {
		const visited: Visited = { pc: new Set(), phone: new Set() };
		const seeds = await recordSeeds(options(flow), flow.script, 'manage-default-method');
		const session = createSession(options(flow, { seed: seeds['manage-default-method']! }));
		onTestFinished(() => session.stop());
		track(session, visited);
		session.start();
		expect(session.tenant.methods.view().defaultMethod).toBe('sms');
		expect(ctx(session).secinfo?.defaultMethod).toBe('sms');
		const send = async (event: Parameters<Session['pc']['send']>[0]) => {
			session.pc.send(event);
			await until(() => !session.busy(), `${event.type} to settle`);
		};
		await send({ type: 'secinfo.add' });
		expect(ctx(session).error).toBe('manage-change-default');
		await send({ type: 'secinfo.changeDefault' });
		await send({ type: 'secinfo.chooseDefault', method: 'sms' });
		expect(ctx(session).error).toBe('choose-default-app');
		await send({ type: 'secinfo.cancel' });
		await send({ type: 'secinfo.changeDefault' });
		await send({ type: 'secinfo.chooseDefault', method: 'push' });
		expect(session.tenant.methods.view().defaultMethod).toBe('push');
		expect(ctx(session).secinfo?.defaultMethod).toBe('push');
		expect(session.done()).toBe(true);
		// With the walk that led here, every PC state a student can be in is entered (the failures' states aside).
		const walked = createSession(options(flow));
		onTestFinished(() => walked.stop());
		track(walked, visited);
		walked.start();
		for (const entry of flow.script) {
			await until(() => !walked.busy() && walked.step() === entry.step, entry.step);
			for (const action of entry.actions) await perform(walked, action);
		}
		expect(unvisited(walked, visited).pc.filter((s) => s !== 'challengeFailed' && s !== 'moreInfo')).toEqual([]);
	});
});

describe('lost phone, a second method', () => {
	const flow = flows['lost-phone-other']!;

	it('signs in with a text instead of the lost app, and deletes the lost app only once the default is the text', async () => {
		const seeds = await recordSeeds(options(flow), flow.script, 'manage-delete-method');
		const session = createSession(options(flow, { seed: seeds['manage-delete-method']! }));
		onTestFinished(() => session.stop());
		session.start();
		const send = async (event: Parameters<Session['pc']['send']>[0]) => {
			session.pc.send(event);
			await until(() => !session.busy(), `${event.type} to settle`);
		};
		const lost = ctx(session).secinfo?.methods.find((m) => m.device === LOST_DEVICE)?.id ?? '';
		await send({ type: 'secinfo.delete', id: lost });
		await send({ type: 'secinfo.ok' });
		// The app backs the default (its notification): the service refuses, with its own message.
		expect(ctx(session).error).toBe('method-is-default');
		expect(session.tenant.methods.view().methods).toHaveLength(2);
		await send({ type: 'secinfo.changeDefault' });
		await send({ type: 'secinfo.chooseDefault', method: 'push' });
		expect(ctx(session).error).toBe('choose-default-sms');
		await send({ type: 'secinfo.chooseDefault', method: 'sms' });
		expect(session.tenant.methods.view().defaultMethod).toBe('sms');
		await send({ type: 'secinfo.delete', id: lost });
		await send({ type: 'secinfo.ok' });
		expect(session.tenant.methods.view().methods.map((m) => m.kind)).toEqual(['phone']);
		expect(session.done()).toBe(true);
	});
});

describe('a new phone, the old one still in hand', () => {
	const flow = newPhoneFlow;
	const steps = ['new-phone-add', 'new-phone-check', 'new-phone-delete-old'];
	const hands = (s: Session): HandsetsContext => s.phone.getSnapshot().context;

	it('walks end to end: the old phone approves, the new one is added, approves the next sign-in, and the old row goes', async () => {
		expect(flow.script.map((e) => e.step)).toEqual(steps);
		const seeds = await recordSeeds(options(flow));
		expect(Object.keys(seeds)).toEqual(steps);
		const session = createSession(options(flow, { seed: seeds['new-phone-delete-old']! }));
		onTestFinished(() => session.stop());
		session.start();
		expect(hands(session).holding).toBe('new');
		for (const action of flow.script.at(-1)!.actions) await perform(session, action);
		await until(() => session.done(), 'the end');
		expect(ctx(session).secinfo?.methods.map((m) => m.device)).not.toContain(LOST_DEVICE);
		expect(ctx(session).secinfo?.methods.filter((m) => m.kind === 'app')).toHaveLength(1);
	});

	it('resumes from every step (a deep link) with both handsets, and finishes from there', async () => {
		const seeds = await recordSeeds(options(flow));
		for (const [index, entry] of flow.script.entries()) {
			const session = createSession(options(flow, { seed: seeds[entry.step]! }));
			onTestFinished(() => session.stop());
			session.start();
			expect(session.step()).toBe(entry.step);
			expect(hands(session).old.getSnapshot().context.account?.deviceId).toBe(LOST_DEVICE);
			for (const later of flow.script.slice(index)) {
				await until(() => !session.busy() && session.step() === later.step, `${later.step} after resuming at ${entry.step}`);
				for (const action of later.actions) await perform(session, action);
			}
			await until(() => session.done(), 'the end');
		}
	});

	it('fails the old phone’s waiting request once its row is deleted (push-revoked)', async () => {
		const seeds = await recordSeeds(options(flow));
		const session = createSession(options(flow, { seed: seeds['new-phone-delete-old']! }));
		onTestFinished(() => session.stop());
		session.start();
		// A request reaches both apps (someone signs in); the old phone's waits while its row is deleted.
		session.tenant.pushes.request('signin', true);
		const old = () => hands(session).old.getSnapshot().context;
		await until(() => old().notification !== null, 'the request on the old phone');
		for (const action of flow.script.at(-1)!.actions) await perform(session, action);
		await until(() => session.done(), 'the old row deleted');
		// The old phone still shows the request it had received; answering it fails.
		expect(old().notification).not.toBeNull();
		await perform(session, { device: 'phone', event: { type: 'phone.hold', handset: 'old' } });
		const number = old().notification?.number ?? '';
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.approve', number } });
		await until(() => old().error !== null || old().notification === null, 'the old phone’s answer');
		expect(old().error).toBe('push-revoked');
	});

	it('has a screen for every screen its PC states name', () => {
		const screens = new Set<string>();
		const visit = (node: AnyStateMachine['root']) => {
			if (node.meta?.screen) screens.add(node.meta.screen);
			for (const child of Object.values(node.states)) visit(child);
		};
		visit(flow.pc.root);
		expect([...screens].filter((id) => !(id in flow.screens.pc))).toEqual([]);
	});

	it('keeps the old phone’s row until the new phone is added and checked', async () => {
		const seeds = await recordSeeds(options(flow));
		const session = createSession(options(flow, { seed: seeds['new-phone-check']! }));
		onTestFinished(() => session.stop());
		session.start();
		session.pc.send({ type: 'secinfo.delete', id: 'method-old' });
		expect(ctx(session).error).toBe('manage-check-first');
		expect(session.step()).toBe('new-phone-check');
	});
});
