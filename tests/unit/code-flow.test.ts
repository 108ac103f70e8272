import { describe, expect, it } from 'vitest';
import { DAY_MS, LOCKOUT_MS, MAX_FAILURES } from '../../src/backend/model';
import { appCodeOnPhone, flow as CODE_FLOW } from '../../src/flows/manual/code';
import { perform, recordSeeds, type Session } from '../../src/machines/runtime';
import { DEFAULT_POLICY } from '../../src/totp/verifier';
import { unvisited } from '../support/inspect';
import { practiceWorld, unreachable } from '../support/world';

// The service's clock, moved by the tests: 30-second windows, expiry and lock-out.
let now = Date.UTC(2026, 3, 1, 9, 0, 5);
const { options, visited, session: newSession, at, walkAll } = practiceWorld(CODE_FLOW, { clock: () => now, seed: 3 });

const pcState = (s: Session) => s.pc.getSnapshot();
async function type(session: Session, code: string) {
	await perform(session, { device: 'pc', event: { type: 'pc.verify', code } });
	return pcState(session).context as { error: string | null; tries: number | null; typed: number | null; lockedUntil: number | null };
}
const current = async (s: Session) => (await appCodeOnPhone(s))!;
/** "123 456" as a Japanese keyboard in full-width mode types it, with an ideographic space. */
const fullWidth = (code: string) => code.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(' ', '\u3000');
const wrongCode = (code: string) => code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));

describe('code flow: the app’s code', () => {
	it('changes every 30 s on the phone, and the previous one still works just after it changed', async () => {
		const session = await at('setup-enter-code');
		now = Math.floor(now / 30_000) * 30_000 + 29_000;
		const first = await current(session);
		now += 2_000;
		const second = await current(session);
		expect(second).not.toBe(first);
		expect(second).toMatch(/^\d{3} \d{3}$/);
		// The code read a second before it changed is accepted (one step either side, RFC 6238 §5.2).
		const ctx = await type(session, first);
		expect(ctx.error).toBeNull();
		expect(session.step()).toBe('setup-backup-phone');
	});

	it('accepts full-width digits and spaces, as a Japanese keyboard types them', async () => {
		const session = await at('setup-enter-code');
		await type(session, ` ${fullWidth(await current(session))} `);
		expect(session.step()).toBe('setup-backup-phone');
		expect(session.tenant.state.method).toBe('code');
	});

	it('refuses an empty code, letters and a wrong length, each with its own reason, without counting them as wrong tries', async () => {
		const session = await at('setup-enter-code');
		expect((await type(session, '')).error).toBe('empty');
		expect((await type(session, '12a456')).error).toBe('not-digits');
		const short = await type(session, '12345');
		expect(short.error).toBe('wrong-length');
		expect(short.typed).toBe(5);
		expect((await type(session, '1234567')).typed).toBe(7);
		expect(session.tenant.state.lock.failures).toBe(0);
		expect(session.step()).toBe('setup-enter-code');
	});

	it('refuses a wrong code and says how many tries are left', async () => {
		const session = await at('setup-enter-code');
		const ctx = await type(session, wrongCode(await current(session)));
		expect(ctx.error).toBe('wrong-code');
		expect(ctx.tries).toBe(MAX_FAILURES - 1);
		expect(session.step()).toBe('setup-enter-code');
	});

	it('a code read as its 30 s began still works 59 s later (the window is one step either side), and not 61 s later', async () => {
		// Two worlds from the same recording, so the code is read at the same instant in both.
		const seeds = await recordSeeds(options(), CODE_FLOW.script, 'setup-enter-code');
		const stepStart = Math.floor(now / 30_000) * 30_000 + 30_000;
		for (const [after, accepted] of [
			[59_000, true],
			[61_000, false],
		] as const) {
			const session = newSession({ seed: seeds['setup-enter-code']! });
			now = stepStart;
			const code = await current(session);
			now = stepStart + after;
			const ctx = await type(session, code);
			if (accepted) expect(session.step()).toBe('setup-backup-phone');
			else expect(ctx.error).toBe('expired');
		}
	});

	it('refuses an expired code (read more than a window ago)', async () => {
		const session = await at('setup-enter-code');
		const old = await current(session);
		now += 90_000;
		expect((await type(session, old)).error).toBe('expired');
		expect(session.tenant.state.lock.failures).toBe(0);
		await type(session, await current(session));
		expect(session.step()).toBe('setup-backup-phone');
	});

	it('counts a code read ahead of the clock (a guess: the practice phone keeps the service’s time) as a wrong try, and never lets it in', async () => {
		const session = await at('setup-enter-code');
		now = Math.floor(now / 30_000) * 30_000 + 1_000;
		const later = now + 5 * 30_000;
		const then = now;
		now = later;
		const ahead = await current(session);
		now = then;
		const ctx = await type(session, ahead);
		expect(ctx.error).toBe('clock-skew');
		expect(ctx.tries).toBe(MAX_FAILURES - 1);
		expect(session.tenant.state.lock.failures).toBe(1);
		// When its 30 s come, it is spent; the one after works.
		now = later;
		expect((await type(session, ahead)).error).toBe('reused');
		now += 30_000;
		await type(session, await current(session));
		expect(session.step()).toBe('setup-backup-phone');
	});

	it('refuses a code already used: signing in again at once must wait for the next code', async () => {
		const session = await at('setup-enter-code');
		now = Math.floor(now / 30_000) * 30_000 + 1_000;
		const code = await current(session);
		await type(session, code);
		await perform(session, { device: 'pc', event: { type: 'pc.done', backupPhone: '' } });
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-enter-code');
		expect((await type(session, code)).error).toBe('reused');
		now += 30_000;
		await type(session, await current(session));
		expect(session.step()).toBe('signin-done');
	});
});

describe('code flow: practising the next sign-in', () => {
	it('opened at the next sign-in, the first code the app shows works: the walk-through lets a day pass after registering', async () => {
		const session = await at('signin-sign-in');
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-enter-code');
		const ctx = await type(session, await current(session));
		expect(ctx.error).toBeNull();
		expect(session.done()).toBe(true);
	});
});

describe('code flow: five wrong codes lock the practice account for a while', () => {
	it('uses src/totp’s policy for the count and the length', () => {
		expect(MAX_FAILURES).toBe(DEFAULT_POLICY.maxFailures);
		expect(LOCKOUT_MS).toBe(DEFAULT_POLICY.lockoutMs);
	});

	it('counts down the tries, locks on the fifth, refuses even the right code meanwhile, and lets it through afterwards', async () => {
		const session = await at('signin-enter-code');
		const wrong = wrongCode(await current(session));
		for (let left = MAX_FAILURES - 1; left > 0; left--) expect((await type(session, wrong)).tries).toBe(left);
		const locked = await type(session, wrong);
		expect(locked.error).toBe('locked');
		expect(locked.lockedUntil).toBe(session.now() + LOCKOUT_MS);
		now += LOCKOUT_MS - 1_000;
		const still = await type(session, await current(session));
		expect(still.error).toBe('locked');
		expect(still.lockedUntil! - session.now()).toBe(1_000);
		now += 1_000;
		await type(session, await current(session));
		expect(session.step()).toBe('signin-done');
		expect(session.tenant.state.lock).toEqual({ failures: 0, lockedUntil: 0 });
	});

	it('the lock-out is the account’s: a sign-in elsewhere opens the code page locked, with the time left', async () => {
		const session = await at('signin-enter-code');
		const elsewhere = await at('signin-sign-in');
		const wrong = wrongCode(await current(session));
		for (let i = 0; i < MAX_FAILURES; i++) await type(session, wrong);
		const lockedUntil = session.tenant.state.lock.lockedUntil;
		// The same account signing in on another PC (its tenant is the same service).
		elsewhere.tenant.state = structuredClone(session.tenant.state);
		await perform(elsewhere, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(elsewhere.step()).toBe('signin-enter-code');
		expect(pcState(elsewhere).context.error).toBe('locked');
		expect(pcState(elsewhere).context.lockedUntil).toBe(lockedUntil);
		// Once it is over, a wrong code starts a fresh count.
		now += LOCKOUT_MS;
		const ctx = await type(elsewhere, wrong);
		expect(ctx.error).toBe('wrong-code');
		expect(ctx.tries).toBe(MAX_FAILURES - 1);
	});
});

describe('code flow: trusted PC', () => {
	it('“don’t ask again” on the code page trusts the PC for the configured days', async () => {
		const session = await at('signin-enter-code');
		session.pc.send({ type: 'pc.remember', checked: true });
		await type(session, await current(session));
		expect(session.done()).toBe(true);
		expect(session.tenant.state.rememberedUntil).toBe(session.now() + 14 * DAY_MS);
		await perform(session, { device: 'pc', event: { type: 'pc.later', days: 15 } });
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-enter-code');
	});

	it('a failure to reach the service when the code page opens offers a retry', async () => {
		const seeds = await recordSeeds(options(), CODE_FLOW.script, 'signin-sign-in');
		const session = newSession({ seed: seeds['signin-sign-in']! });
		session.service.use(unreachable('post', 'challenge'));
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(pcState(session).matches('challengeFailed')).toBe(true);
		expect(pcState(session).context.error).toBe('network');
		session.service.resetHandlers();
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(pcState(session).matches('enterCode')).toBe(true);
	});

	it('the right code, but the sign-in could not be finished: the retry finishes it (typing the code again would be “already used”)', async () => {
		const seeds = await recordSeeds(options(), CODE_FLOW.script, 'signin-enter-code');
		const session = newSession({ seed: seeds['signin-enter-code']! });
		session.service.use(unreachable('post', 'signin/complete', { once: true }));
		await type(session, await current(session));
		expect(pcState(session).matches('challengeFailed')).toBe(true);
		expect(pcState(session).context.error).toBe('network');
		expect(session.step()).toBe('signin-enter-code');
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(session.done()).toBe(true);
	});
});

describe('code flow: coverage', () => {
	it('every state of both machines is reached by the walks above and a full walk', async () => {
		const session = await walkAll();
		// The phone's own wrong turns are the push flow's (tests/unit/push-paths.test.ts).
		const { pc } = unvisited(session, visited);
		expect(pc).toEqual([]);
	});
});
