import type { SecurityInfo } from '../../backend/client';
import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import { kit } from '../blocks';
import type { Block, PcScreen, ScreenEnv, View } from '../model';
import { pcOf } from '../shared/pc';
import { type SecurityInfoPage, securityInfo, tapSignIn } from './security-info';

/*
 * The practice after enrolment's PC screens: the Security info page and the pass's sign-in of
 * ./security-info.ts (the chapter's pictures, with their sources) drawn from the service's list, and
 * the one page the practice adds itself, the helpdesk's counter (its words `practice.manage.*`, ours).
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, text, title } = kit<PcEvent>();

/** The practice's devices: the phone the student lost (seeded on the list) and any other is the new one. */
export const LOST_DEVICE = 'device-lost';

/** A time of day on the world's clock, as the page shows the pass's end (by hand: Intl would load locale data). */
export const timeOf = (at: number) => {
	const d = new Date(at);
	return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The service's list as the page shows it: the practice's phones by their names in the page's language. */
function pageOf(env: ScreenEnv, info: SecurityInfo | null | undefined, dialog: SecurityInfoPage['dialog']): SecurityInfoPage {
	const methods = (info?.methods ?? []).map((m) => ({
		id: m.id,
		kind: m.kind,
		label: m.kind !== 'app' ? m.label : m.device === LOST_DEVICE ? env.t['pc.today.secinfo.oldPhone'] : env.t['pc.today.secinfo.newPhone'],
	}));
	return {
		methods,
		defaultMethod: info?.defaultMethod ?? null,
		banner: info?.banner ?? false,
		tap: info?.tap ? { expiresAt: timeOf(info.tap.expiresAt) } : null,
		dialog,
	};
}

/** Blocks put in after a screen's title (the first title block), or at its end if it has none. */
function afterTitle(blocks: B[], more: B[]): B[] {
	const at = blocks.findIndex((b) => b.kind === 'title');
	return at < 0 ? [...blocks, ...more] : [...blocks.slice(0, at + 1), ...more, ...blocks.slice(at + 1)];
}

/** The Security info page: the list, and "Sign out" where this moment of the practice has a way on from it. */
export function securityInfoPage(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const screen = securityInfo(env, { ...pageOf(env, ctx.secinfo, null), deleted: ctx.deleted ?? false, error: ctx.error });
	const signOut = view.pc.can({ type: 'pc.signOut' });
	return {
		...screen,
		blocks: [
			...screen.blocks,
			...busy(waiting),
			// The device keeps a screen's last buttons in view: "Sign out" where it is the next press, else a
			// line of the practice's own, so that no row's "Delete" stays pinned over the rows above it.
			signOut
				? actions([button(env.t['pc.service.signOut'], { type: 'pc.signOut' })], { layout: 'column' })
				: text(env.t['practice.manage.listNote'], 'note', { alt: null }),
		],
	};
}

/** A dialog over the page: what it asks, with this practice's refusal under its title. */
const dialogPage =
	(kind: 'add' | 'delete' | 'default') =>
	(view: View): PcScreen => {
		const { env } = view;
		const { ctx, waiting } = pcOf(view);
		const page = pageOf(env, ctx.secinfo, null);
		const dialog: SecurityInfoPage['dialog'] =
			kind === 'add'
				? { kind: 'add' }
				: kind === 'delete'
					? { kind: 'delete', id: ctx.deleting ?? '' }
					: { kind: 'default', chosen: page.defaultMethod ?? 'push' };
		const screen = securityInfo(env, { ...page, dialog });
		return { ...screen, blocks: [...afterTitle(screen.blocks, error(env, ctx.error)), ...busy(waiting)] };
	};

export const secinfoAdd = dialogPage('add');
export const secinfoDelete = dialogPage('delete');
export const secinfoDefault = dialogPage('default');

/** The sign-in page's pass field, with the pass the helpdesk handed over beside it (the practice's note). */
export function tapPage(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const screen = tapSignIn(env, ctx.error);
	const pass = ctx.pass;
	const note: B[] = pass ? [text(fill(env.t['practice.manage.pass'], { code: pass.code, time: timeOf(pass.expiresAt) }), 'note')] : [];
	return { ...screen, blocks: [...afterTitle(screen.blocks, note), ...busy(waiting)] };
}

/** The practice's helpdesk: it checks who the student is and hands over a pass (ours: no Microsoft screen). */
export function helpdesk(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'helpdesk',
		blocks: [
			title(t['practice.manage.helpdesk.title']),
			text(t['practice.manage.helpdesk.body']),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['practice.manage.helpdesk.ask'], { type: 'pc.askHelpdesk' }, true)]),
		],
	};
}

/** Every PC screen of the practice after enrolment, by the ids its states name. */
export const MANAGE_SCREENS = {
	helpdesk,
	tapSignIn: tapPage,
	securityInfo: securityInfoPage,
	secinfoAdd,
	secinfoDelete,
	secinfoDefault,
} as const;
