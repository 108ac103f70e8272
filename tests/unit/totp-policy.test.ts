import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeVerifier, codeForStep, DEFAULT_POLICY, isVerifierState, Secret, type VerifierOptions, verifierFor } from '../../src/totp';

// A fixed clock that the tests move by hand. It starts 10 s into a 30-s step, so that
// "the same step" and "the next step" are never confused by a test's own run time.
const START = 1_800_000_010_000;
let clock = START;
const now = () => clock;
const STEP = Math.floor(START / 30_000);

const secret = Secret.fromHex('3132333435363738393031323334353637383930');
const code = (step: number) => codeForStep(secret, step);

function verifier(options: Partial<VerifierOptions> = {}) {
	return verifierFor(secret, { now, ...options });
}

/** A six-digit string that is the code of no step within ±20 of `step`. */
function wrongCode(step = STEP) {
	const near = new Set(Array.from({ length: 41 }, (_, i) => code(step - 20 + i)));
	for (let n = 0; ; n++) {
		const candidate = String(n).padStart(6, '0');
		if (!near.has(candidate)) return candidate;
	}
}

beforeEach(() => {
	clock = START;
});

describe('the ±1-step window', () => {
	it('accepts the current code and says which step it was', () => {
		expect(verifier().verify(code(STEP))).toEqual({ ok: true, step: STEP, offset: 0, code: code(STEP) });
	});

	it('accepts the code of the step before (it changed while the reader typed) and the step after', () => {
		expect(verifier().verify(code(STEP - 1))).toMatchObject({ ok: true, step: STEP - 1, offset: -1 });
		expect(verifier().verify(code(STEP + 1))).toMatchObject({ ok: true, step: STEP + 1, offset: 1 });
	});

	it('follows the clock: a code that is current now is out of the window two steps later', () => {
		const v = verifier();
		clock += 60_000;
		expect(v.verify(code(STEP))).toMatchObject({ ok: false, reason: 'clock-skew', steps: -2, seconds: -60 });
	});

	it('accepts typed variants of the same code', () => {
		const c = code(STEP);
		const wide = [...c].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
		expect(verifier().verify(`${c.slice(0, 3)} ${c.slice(3)}`)).toMatchObject({ ok: true, code: c });
		expect(verifier().verify(`${wide.slice(0, 3)}\u3000${wide.slice(3)}`)).toMatchObject({ ok: true, code: c });
	});

	it('honours a wider or narrower window when asked', () => {
		expect(verifier({ window: 0 }).verify(code(STEP - 1))).toMatchObject({ ok: false, reason: 'clock-skew', steps: -1 });
		expect(verifier({ window: 2 }).verify(code(STEP + 2))).toMatchObject({ ok: true, offset: 2 });
	});
});

describe('replay protection', () => {
	it('accepts a code once and refuses it the second time as already used', () => {
		const v = verifier();
		expect(v.verify(code(STEP))).toMatchObject({ ok: true });
		expect(v.verify(code(STEP))).toEqual({ ok: false, reason: 'reused', step: STEP });
	});

	it('refuses an older step once a newer one is used, even if the older was never typed', () => {
		const v = verifier();
		expect(v.verify(code(STEP + 1))).toMatchObject({ ok: true, step: STEP + 1 });
		expect(v.verify(code(STEP))).toMatchObject({ ok: false, reason: 'reused' });
		expect(v.verify(code(STEP - 1))).toMatchObject({ ok: false, reason: 'reused' });
	});

	it('calls a code typed again after its window has moved on “already used”, not a clock problem', () => {
		const v = verifier();
		expect(v.verify(code(STEP))).toMatchObject({ ok: true });
		clock += 90_000;
		expect(v.verify(code(STEP))).toEqual({ ok: false, reason: 'reused', step: STEP });
		// An old step that was never accepted and lies after the last one still reads as skew.
		expect(v.verify(code(STEP + 6))).toMatchObject({ ok: false, reason: 'clock-skew', steps: 3 });
	});

	it('accepts the next step’s code after the current one: practising with each new code works', () => {
		const v = verifier();
		for (let i = 0; i < 5; i++) {
			expect(v.verify(code(STEP + i))).toMatchObject({ ok: true, step: STEP + i });
			clock += 30_000;
		}
	});

	it('does not count a reused code as a wrong try', () => {
		const v = verifier();
		v.verify(code(STEP));
		for (let i = 0; i < 10; i++) expect(v.verify(code(STEP)).ok).toBe(false);
		expect(v.status()).toEqual({ locked: false, remainingTries: 5 });
	});

	it('survives a reload: the saved state still knows which step was used', () => {
		const v = verifier();
		v.verify(code(STEP));
		const saved = JSON.parse(JSON.stringify(v.state));
		expect(isVerifierState(saved)).toBe(true);
		expect(verifier({ state: saved }).verify(code(STEP))).toMatchObject({ ok: false, reason: 'reused' });
	});
});

describe('input that is not a code', () => {
	it.each([
		['', { reason: 'empty' }],
		['12345', { reason: 'wrong-length', length: 5, expected: 6 }],
		['1234567', { reason: 'wrong-length', length: 7, expected: 6 }],
		['12a456', { reason: 'not-digits' }],
		['パスワード', { reason: 'not-digits' }],
	])('refuses %j with a reason, without counting a wrong try', (input, expected) => {
		const v = verifier();
		for (let i = 0; i < 6; i++) expect(v.verify(input)).toEqual({ ok: false, ...expected });
		expect(v.status()).toEqual({ locked: false, remainingTries: 5 });
	});

	it('uses the digits it is given (e.g. an 8-digit code)', () => {
		const v = new CodeVerifier({
			codeForStep: (s) => codeForStep(secret, s, { algorithm: 'SHA1', digits: 8, period: 30 }),
			now,
			digits: 8,
		});
		expect(v.verify('123456')).toEqual({ ok: false, reason: 'wrong-length', length: 6, expected: 8 });
	});
});

describe('clock skew', () => {
	it.each([-2, -3, -10])('recognises a code %i steps behind and reports the offset in seconds, without counting it', (steps) => {
		expect(verifier().verify(code(STEP + steps))).toEqual({ ok: false, reason: 'clock-skew', steps, seconds: steps * 30 });
	});

	it.each([2, 3, 10])('recognises a code %i steps ahead, reports the offset and counts it as a wrong try', (steps) => {
		expect(verifier().verify(code(STEP + steps))).toEqual({
			ok: false,
			reason: 'clock-skew',
			steps,
			seconds: steps * 30,
			remainingTries: 4,
		});
	});

	it('keeps every try for a code behind: it can never be accepted, the reader only read it late', () => {
		const v = verifier();
		for (let i = 0; i < 6; i++) expect(v.verify(code(STEP - 4))).toMatchObject({ reason: 'clock-skew', steps: -4 });
		expect(v.status()).toEqual({ locked: false, remainingTries: 5 });
		expect(v.verify(code(STEP))).toMatchObject({ ok: true });
	});

	it('calls a code beyond the search range simply wrong', () => {
		const v = verifier({ skewSearch: 10 });
		// Find a step beyond ±10 whose code is not also the code of a nearer step.
		const near = new Set(Array.from({ length: 21 }, (_, i) => code(STEP - 10 + i)));
		const far = [11, 12, 13, -11, -12].find((s) => !near.has(code(STEP + s)))!;
		expect(v.verify(code(STEP + far))).toMatchObject({ ok: false, reason: 'wrong-code' });
	});
});

describe('a code ahead of the clock, beyond the window: a guess gains nothing from it', () => {
	it('locks after five of them, like five wrong codes', () => {
		const v = verifier();
		for (let tries = 4; tries >= 1; tries--) {
			expect(v.verify(code(STEP + 2 + tries))).toMatchObject({ reason: 'clock-skew', remainingTries: tries });
		}
		expect(v.verify(code(STEP + 2))).toEqual({ ok: false, reason: 'locked', retryInMs: 30_000, justLocked: true });
	});

	it('is counted with the wrong codes around it: they are one run of wrong tries', () => {
		const v = verifier();
		expect(v.verify(wrongCode())).toMatchObject({ reason: 'wrong-code', remainingTries: 4 });
		expect(v.verify(code(STEP + 5))).toMatchObject({ reason: 'clock-skew', remainingTries: 3 });
		expect(v.verify(wrongCode())).toMatchObject({ reason: 'wrong-code', remainingTries: 2 });
	});

	it('is not accepted when its step comes: typed again inside the window, it is spent', () => {
		const v = verifier();
		expect(v.verify(code(STEP + 5))).toMatchObject({ reason: 'clock-skew', steps: 5 });
		clock += 4 * 30_000;
		// Now one step ahead, inside the window, and at 5 steps of 30 s it is the current code.
		expect(v.verify(code(STEP + 5))).toEqual({ ok: false, reason: 'reused', step: STEP + 5 });
		clock += 30_000;
		expect(v.verify(code(STEP + 5))).toEqual({ ok: false, reason: 'reused', step: STEP + 5 });
		// The next code works: the reader waits one code, as after a used one.
		expect(v.verify(code(STEP + 6))).toMatchObject({ ok: true, step: STEP + 6 });
	});

	it('leaves the steps around it alone: the reader with a fast phone signs in once the clock is fixed', () => {
		const v = verifier();
		expect(v.verify(code(STEP + 4))).toMatchObject({ reason: 'clock-skew' });
		expect(v.verify(code(STEP))).toMatchObject({ ok: true, step: STEP });
		clock += 30_000;
		expect(v.verify(code(STEP + 2))).toMatchObject({ ok: true, step: STEP + 2 });
	});

	it('stays spent across a reload, and a state saved before the rule still loads', () => {
		const v = verifier();
		v.verify(code(STEP + 3));
		const saved = JSON.parse(JSON.stringify(v.state));
		expect(isVerifierState(saved)).toBe(true);
		clock += 2 * 30_000;
		expect(verifier({ state: saved }).verify(code(STEP + 3))).toMatchObject({ ok: false, reason: 'reused' });
		const before = { lastStep: null, failures: 0, lockedUntil: 0 };
		expect(isVerifierState(before)).toBe(true);
		expect(verifier({ state: before }).verify(code(STEP + 3))).toMatchObject({ ok: true });
	});

	it('forgets spent steps once they are behind the window: what it keeps stays small', () => {
		const v = verifier({ maxFailures: 100 });
		for (let i = 0; i < 40; i++) {
			v.verify(code(Math.floor(clock / 30_000) + 2 + (i % 9)));
			clock += 30_000;
		}
		expect(v.state.refused!.length).toBeLessThanOrEqual(DEFAULT_POLICY.skewSearch + DEFAULT_POLICY.window + 1);
	});
});

describe('lock-out', () => {
	it('locks after 5 wrong codes in a row, for 30 s, and counts down', () => {
		const v = verifier();
		const wrong = wrongCode();
		for (let tries = 4; tries >= 1; tries--) {
			expect(v.verify(wrong)).toEqual({ ok: false, reason: 'wrong-code', remainingTries: tries });
		}
		expect(v.verify(wrong)).toEqual({ ok: false, reason: 'locked', retryInMs: 30_000, justLocked: true });
		clock += 12_000;
		expect(v.status()).toEqual({ locked: true, retryInMs: 18_000 });
		// While locked even the right code is refused: the lock is on the field, not on guesses.
		expect(v.verify(code(STEP))).toEqual({ ok: false, reason: 'locked', retryInMs: 18_000, justLocked: false });
		expect(v.verify('abc')).toMatchObject({ reason: 'locked' });
	});

	it('opens again when the time is up, with a fresh set of tries', () => {
		const v = verifier();
		for (let i = 0; i < 5; i++) v.verify(wrongCode());
		clock += 30_000;
		expect(v.status()).toEqual({ locked: false, remainingTries: 5 });
		expect(v.verify(code(STEP + 1))).toMatchObject({ ok: true });
	});

	it('only counts wrong codes in a row: a success in between starts the count again', () => {
		const v = verifier();
		for (let i = 0; i < 4; i++) v.verify(wrongCode());
		expect(v.verify(code(STEP))).toMatchObject({ ok: true });
		for (let i = 0; i < 4; i++) expect(v.verify(wrongCode())).toMatchObject({ reason: 'wrong-code' });
		expect(v.verify(wrongCode())).toMatchObject({ reason: 'locked', justLocked: true });
	});

	it('keeps a lock-out across a reload, but never longer than one lock-out', () => {
		const v = verifier();
		for (let i = 0; i < 5; i++) v.verify(wrongCode());
		expect(verifier({ state: v.state }).status()).toEqual({ locked: true, retryInMs: 30_000 });
		const tampered = { ...v.state, lockedUntil: clock + 10 * 60_000 };
		expect(verifier({ state: tampered }).status()).toEqual({ locked: true, retryInMs: 30_000 });
	});

	it('takes its limits from the options', () => {
		const v = verifier({ maxFailures: 2, lockoutMs: 5_000 });
		expect(v.verify(wrongCode())).toMatchObject({ reason: 'wrong-code', remainingTries: 1 });
		expect(v.verify(wrongCode())).toEqual({ ok: false, reason: 'locked', retryInMs: 5_000, justLocked: true });
	});
});

describe('the policy as a whole', () => {
	it('never accepts the same step twice, whatever is typed and whenever', () => {
		const action = fc.oneof(
			fc.record({ kind: fc.constant('type' as const), offset: fc.integer({ min: -3, max: 3 }) }),
			fc.record({ kind: fc.constant('junk' as const), text: fc.string({ maxLength: 8 }) }),
			fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 45_000 }) }),
		);
		fc.assert(
			fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
				clock = START;
				const v = verifier();
				const accepted: number[] = [];
				for (const a of actions) {
					if (a.kind === 'wait') clock += a.ms;
					else {
						const step = Math.floor(clock / 30_000);
						const result = v.verify(a.kind === 'type' ? code(step + a.offset) : a.text);
						if (result.ok) {
							expect(Math.abs(result.offset)).toBeLessThanOrEqual(1);
							accepted.push(result.step);
						}
					}
				}
				// Strictly increasing: no step accepted twice, no older step after a newer one.
				expect(accepted).toEqual([...new Set(accepted)].sort((a, b) => a - b));
			}),
		);
	});

	it('rejects a stored state that is not one', () => {
		expect(isVerifierState({ lastStep: 'x', failures: 0, lockedUntil: 0 })).toBe(false);
		expect(isVerifierState({ lastStep: null, failures: -1, lockedUntil: 0 })).toBe(false);
		expect(isVerifierState(null)).toBe(false);
		expect(isVerifierState({ lastStep: null, failures: 0, lockedUntil: 0 })).toBe(true);
		expect(isVerifierState({ lastStep: null, failures: 0, lockedUntil: 0, refused: [1, 2] })).toBe(true);
		expect(isVerifierState({ lastStep: null, failures: 0, lockedUntil: 0, refused: [1.5] })).toBe(false);
		expect(isVerifierState({ lastStep: null, failures: 0, lockedUntil: 0, refused: 'x' })).toBe(false);
	});
});
