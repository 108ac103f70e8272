import type { AnyMachineSnapshot } from 'xstate';
import { currentScreen } from '../machines/meta';
import type { PcScreen, PhoneScreen, PracticeFlow, ScreenEnv, View } from './model';

/** The screens both devices show now: each state names its screen in its meta, the flow draws it. */
export function screensOf(
	flow: PracticeFlow,
	pc: AnyMachineSnapshot,
	phone: AnyMachineSnapshot,
	env: ScreenEnv,
): { pc: PcScreen; phone: PhoneScreen } {
	const pcId = currentScreen(pc);
	const phoneId = currentScreen(phone);
	const drawPc = Object.entries(flow.screens.pc).find(([id]) => id === pcId)?.[1];
	const drawPhone = flow.screens.phone[phoneId];
	if (!drawPc || !drawPhone) throw new Error(`The ${flow.method} flow has no screen "${drawPc ? phoneId : pcId}"`);
	return { pc: drawn(drawPc, { pc, phone, env }), phone: drawn(drawPhone, { pc, phone, env }) };
}

/**
 * A screen drawn with its dictionary watched: the keys it reads are the words it shows, so a
 * screen that reads a label no source confirms is marked as such. Its words, not their text: two
 * labels can read the same (「サインイン」 on the sign-in page is sourced; on the phone's passkey
 * sheet it is not).
 */
function drawn<S extends PcScreen | PhoneScreen>(draw: (view: View) => S, view: View): S {
	if (view.env.unverified.size === 0) return draw(view);
	let mayDiffer = false;
	const unverified = view.env.unverified;
	const t = new Proxy(view.env.t, {
		get(target, key, receiver) {
			if (typeof key === 'string' && unverified.has(key)) mayDiffer = true;
			return Reflect.get(target, key, receiver);
		},
	});
	const screen = draw({ ...view, env: { ...view.env, t } });
	return mayDiffer ? { ...screen, mayDiffer } : screen;
}
