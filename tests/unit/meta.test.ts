import { getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { StateMeta } from '../../src/machines/meta';
import { EDITION_METHODS } from '../../src/methods';
import { stepsOf } from '../../src/steps';
import { flowOf } from '../support/world';

/** What a state node says, with what its ancestors say filled in (a child refines its parent). */
function metaAt(node: AnyStateNode): StateMeta {
	const chain: AnyStateNode[] = [];
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) chain.unshift(n);
	return Object.assign({}, ...chain.map((n): StateMeta => n.meta ?? {}));
}

/** The states a device can rest in: leaves, which a snapshot can show. */
const leaves = (machine: AnyStateMachine) => getStateNodes(machine).filter((n) => n.type === 'atomic' || n.type === 'final');

describe('every state says what it shows', () => {
	for (const [edition, method] of EDITION_METHODS) {
		const flow = flowOf(edition, method);
		const steps = new Set(stepsOf(method, edition).map((s) => s.id));

		it(`${method} (${edition}): every PC state names a step of the chapter and a screen the flow draws`, () => {
			const problems: string[] = [];
			for (const node of leaves(flow.pc)) {
				const meta = metaAt(node);
				const path = node.path.join('.');
				if (!meta.screen || !(meta.screen in flow.screens.pc)) problems.push(`${path}: screen ${meta.screen}`);
				const rule = meta.step;
				const named =
					rule === undefined ? [] : typeof rule === 'object' && 'setup' in rule ? [rule.setup, rule.signin].flat() : [rule].flat();
				if (!named.length) problems.push(`${path}: no step`);
				for (const step of named) if (!steps.has(step)) problems.push(`${path}: step ${step} is not in the chapter`);
			}
			expect(problems).toEqual([]);
		});

		it(`${method} (${edition}): every phone state names a screen the flow draws`, () => {
			const problems = leaves(flow.phone)
				// The app's inbox runs beside its screens: it shows nothing of its own.
				.filter((node) => node.path[0] !== 'inbox')
				.map((node) => [node.path.join('.'), metaAt(node).screen] as const)
				.filter(([, screen]) => !screen || !(screen in flow.screens.phone))
				.map(([path, screen]) => `${path}: screen ${screen}`);
			expect(problems).toEqual([]);
		});
	}
});
