import type { AnyMachineSnapshot } from 'xstate';
import { currentScreen } from '../flows/meta';
import type { Flow } from '../flows/runtime';
import type { PcScreen, PhoneScreen, ScreenEnv, View } from './model';

/** The screens both devices show now: each state names its screen in its meta, the flow draws it. */
export function screensOf(
	flow: Flow,
	pc: AnyMachineSnapshot,
	phone: AnyMachineSnapshot,
	env: ScreenEnv,
): { pc: PcScreen; phone: PhoneScreen } {
	const view: View = { pc, phone, env };
	const pcId = currentScreen(pc);
	const phoneId = currentScreen(phone);
	const drawPc = Object.entries(flow.screens.pc).find(([id]) => id === pcId)?.[1];
	const drawPhone = flow.screens.phone[phoneId];
	if (!drawPc || !drawPhone) throw new Error(`The ${flow.method} flow has no screen "${drawPc ? phoneId : pcId}"`);
	return { pc: drawPc(view), phone: drawPhone(view) };
}
