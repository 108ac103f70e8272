import type { CallError, ServiceError } from './errors';

/*
 * What every part of the practice tenant (model.ts) shares: one clock, one source of draws,
 * one sequence of ids, and the way a refusal is thrown. Each part keeps its own fields of the
 * tenant's one plain state, so that the whole saves and restores as one object.
 */

export const DAY_MS = 86_400_000;

export interface TenantDeps {
	/** Real time; the tenant adds its own offset for simulated days. */
	clock: () => number;
	/** Deterministic at build time, crypto-backed in the browser. */
	random: () => number;
}

/** The clock's and the ids' own fields of the tenant's state. */
export interface CoreState {
	/** Simulated days: added to the real clock so a reader can "come back" later. */
	offsetMs: number;
	seq: number;
}

/**
 * A part's view of the tenant: its own fields of the state (`S`), and the shared clock, draws
 * and ids. `state` is read afresh at every use, never kept: a restore, or a test, may replace
 * the tenant's state whole.
 */
export interface Core<S> {
	readonly state: S;
	now(): number;
	/** A draw in [0, 1). */
	random(): number;
	/** `n` random decimal digits. */
	digits(n: number): string;
	/** A new id, unique in the tenant across every part: `push-3`, `sms-4`. */
	nextId(prefix: string): string;
}

/** A refusal of the practice service: its HTTP status and the error code the screens have words for. */
export class ModelError extends Error {
	constructor(
		readonly status: number,
		readonly code: ServiceError | CallError,
	) {
		super(code);
	}
}
