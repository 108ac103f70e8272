import { getStateNodes } from '@xstate/graph';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { Session } from '../../src/machines/runtime';

// Which states a machine has, and which ones a session has been in.

/**
 * Every state node's path in a machine, e.g. "configureApp.waiting", as XState's graph
 * utilities list them. Transient nodes (an unguarded `always` leaves them at once) never
 * show in a snapshot, so they are left out: they are routing, not places a student can be.
 */
export function statePaths(machine: AnyStateMachine): string[] {
	const transient = (node: AnyStateNode) => node.always?.some((t) => !t.guard) ?? false;
	return getStateNodes(machine)
		.filter((node) => node.path.length > 0 && !transient(node))
		.map((node) => node.path.join('.'));
}

/** Paths of the active state value, including every ancestor. */
export function activePaths(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => {
		const path = prefix ? `${prefix}.${k}` : k;
		return [path, ...activePaths(v, path)];
	});
}

export type Visited = { pc: Set<string>; phone: Set<string> };

/** Records every state both machines of a session enter, into `visited`. */
export function track(session: Session, visited: Visited) {
	const add = (set: Set<string>, value: unknown) => {
		for (const path of activePaths(value)) set.add(path);
	};
	session.pc.subscribe((s) => add(visited.pc, s.value));
	session.phone.subscribe((s) => add(visited.phone, s.value));
	add(visited.pc, session.pc.getSnapshot().value);
	add(visited.phone, session.phone.getSnapshot().value);
}

/** The states of a session's machines never entered. */
export function unvisited(session: Session, visited: Visited) {
	return {
		pc: statePaths(session.flow.pc).filter((s) => !visited.pc.has(s)),
		phone: statePaths(session.flow.phone).filter((s) => !visited.phone.has(s)),
	};
}
