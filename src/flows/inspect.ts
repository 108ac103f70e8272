import type { AnyStateMachine } from 'xstate';
import type { Session } from './runtime';

// For tests: which states a machine has, and which ones a session has been in. Not used
// by the pages (nothing imports it there, so it never reaches a bundle).

/**
 * Every state node's path in a machine, e.g. "configureApp.waiting". Transient nodes
 * (an unguarded `always` leaves them at once) never show in a snapshot, so they are
 * left out: they are routing, not places a student can be.
 */
export function statePaths(machine: AnyStateMachine): string[] {
	const out: string[] = [];
	const walk = (node: any, prefix: string) => {
		for (const [key, child] of Object.entries<any>(node.states ?? {})) {
			const path = prefix ? `${prefix}.${key}` : key;
			const always: any[] = child.always ?? [];
			if (!(always.length && always.some((t) => !t.guard))) out.push(path);
			walk(child, path);
		}
	};
	walk(machine.root, '');
	return out;
}

/** Paths of the active state value, including every ancestor. */
export function activePaths(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
		const path = prefix ? `${prefix}.${k}` : k;
		return [path, ...activePaths(v, path)];
	});
}

/** Records every state both machines of a session enter, into `visited`. */
export function track(session: Session, visited: { pc: Set<string>; phone: Set<string> }) {
	const add = (set: Set<string>, value: unknown) => activePaths(value).forEach((p) => set.add(p));
	session.pc.subscribe((s) => add(visited.pc, s.value));
	session.phone.subscribe((s) => add(visited.phone, s.value));
	add(visited.pc, session.pc.getSnapshot().value);
	add(visited.phone, session.phone.getSnapshot().value);
}

/** The states of a session's machines never entered. */
export function unvisited(session: Session, visited: { pc: Set<string>; phone: Set<string> }) {
	return {
		pc: statePaths(session.pc.logic as AnyStateMachine).filter((s) => !visited.pc.has(s)),
		phone: statePaths(session.phone.logic as AnyStateMachine).filter((s) => !visited.phone.has(s)),
	};
}
