import type { ErrorCode } from '../../backend/errors';
import type { DefaultMethod, RegisteredMethod } from '../../backend/model';
import { fill } from '../../i18n/format';
import type { SecurityInfoEvent } from '../../machines/today/security-info';
import { kit } from '../blocks';
import type { Block, Screen, ScreenEnv } from '../model';

/*
 * The Security info page after enrolment and the sign-in page's Temporary Access Pass field, as
 * data. Their words are the `pc.today.secinfo.*` and `pc.today.tap.*` keys of
 * src/i18n/manage.ja.ts, each with its source (../shared/facts/after-enrolment-2026.md) or
 * UNVERIFIED; a screen that reads an UNVERIFIED one says the real page may differ (`watched`).
 */

export type SecurityInfoScreen = Screen<SecurityInfoEvent>;
type B = Block<SecurityInfoEvent>;
const { actions, button, error, text, title } = kit<SecurityInfoEvent>();

/** What the page shows: the service's list (src/backend/client.ts, SecurityInfo) and the dialog open over it. */
export interface SecurityInfoPage {
	methods: Pick<RegisteredMethod, 'id' | 'kind' | 'label'>[];
	defaultMethod: DefaultMethod | null;
	banner: boolean;
	tap: { expiresAt: string } | null;
	dialog: null | { kind: 'default'; chosen: DefaultMethod } | { kind: 'add' } | { kind: 'delete'; id: string };
	/** After a method was deleted: the page's confirmation. */
	deleted?: boolean;
	error?: ErrorCode | null;
}

/** How the default reads beside "Default sign-in method": the app's notification, or a text to the number. */
function defaultText(env: ScreenEnv, page: SecurityInfoPage): string {
	const t = env.t;
	const phone = page.methods.find((m) => m.kind === 'phone');
	if (page.defaultMethod === 'push' || page.defaultMethod === 'code') return t['pc.today.secinfo.app.default'];
	if (phone) return fill(t['pc.today.secinfo.phone.default'], { number: phone.label });
	return '';
}

const kindLabel = (env: ScreenEnv, kind: RegisteredMethod['kind']) =>
	kind === 'app' ? env.t['pc.today.secinfo.app'] : kind === 'phone' ? env.t['pc.today.secinfo.phone'] : env.t['pc.today.secinfo.passkey'];

/** A method's row: what it is, which phone or number, and its buttons (a phone's number can be changed; an app is deleted and added). */
function row(env: ScreenEnv, method: SecurityInfoPage['methods'][number]): B[] {
	const t = env.t;
	return [
		text(kindLabel(env, method.kind), 'strong'),
		text(method.label, 'plain'),
		actions([
			method.kind === 'phone' && button(t['pc.today.secinfo.change'], { type: 'secinfo.changeDefault' }),
			button(t['pc.today.secinfo.delete'], { type: 'secinfo.delete', id: method.id }),
		]),
	];
}

function dialog(env: ScreenEnv, page: SecurityInfoPage): B[] {
	const t = env.t;
	const d = page.dialog;
	if (!d) return [];
	if (d.kind === 'default') {
		const hasApp = page.methods.some((m) => m.kind === 'app');
		const phone = page.methods.find((m) => m.kind === 'phone');
		const options = [
			...(hasApp ? [{ value: 'push', label: t['pc.today.secinfo.app.default'] }] : []),
			...(phone ? [{ value: 'sms', label: fill(t['pc.today.secinfo.phone.default'], { number: phone.label }) }] : []),
		];
		return [
			title(t['pc.today.secinfo.defaultTitle']),
			{
				kind: 'form',
				submit: (f) => ({ type: 'secinfo.chooseDefault', method: f.get('method') }),
				blocks: [
					{ kind: 'choices', legend: t['pc.today.secinfo.defaultQuestion'], name: 'method', options, chosen: d.chosen },
					actions([button(t['pc.today.back'], { type: 'secinfo.cancel' }), button(t['pc.today.secinfo.confirm'], 'submit', true)]),
				],
			},
		];
	}
	if (d.kind === 'add') {
		const options = [
			{ value: 'app', label: t['pc.today.secinfo.app'] },
			{ value: 'passkey', label: t['pc.today.secinfo.passkey'] },
			{ value: 'phone', label: t['pc.today.secinfo.phone'] },
		];
		return [
			title(t['pc.today.secinfo.addTitle']),
			{
				kind: 'form',
				submit: (f) => ({ type: 'secinfo.chooseAdd', kind: f.get('kind') }),
				blocks: [
					{ kind: 'choices', legend: t['pc.today.secinfo.addQuestion'], name: 'kind', options, chosen: 'app' },
					actions([button(t['pc.today.cancel'], { type: 'secinfo.cancel' }), button(t['pc.today.secinfo.addButton'], 'submit', true)]),
				],
			},
		];
	}
	const method = page.methods.find((m) => m.id === d.id);
	return [
		title(t['pc.today.secinfo.deleteTitle']),
		...(method ? [text(`${kindLabel(env, method.kind)}: ${method.label}`, 'strong')] : []),
		text(t['pc.today.secinfo.deleteBody']),
		actions([button(t['pc.today.cancel'], { type: 'secinfo.cancel' }), button(t['pc.today.secinfo.ok'], { type: 'secinfo.ok' }, true)]),
	];
}

/** The Security info page, or a dialog over it (the dialog is what the student reads then, so it is drawn alone). */
export function securityInfo(env: ScreenEnv, page: SecurityInfoPage): SecurityInfoScreen {
	const t = env.t;
	if (page.dialog)
		return { id: `secinfo-${page.dialog.kind}`, blocks: [text(env.account, 'account', { alt: null }), ...dialog(env, page)] };
	const current = defaultText(env, page);
	return {
		id: 'secinfo',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.today.secinfo.title']),
			text(t['pc.today.secinfo.body']),
			...(page.deleted ? [text(t['pc.today.secinfo.deleted'], 'ok')] : []),
			...(page.banner ? [text(t['pc.today.secinfo.banner'], 'warn')] : []),
			...error(env, page.error ?? null),
			...(current
				? [
						{ kind: 'facts', items: [[t['pc.today.secinfo.default'], current]] } satisfies B,
						actions([button(t['pc.today.secinfo.change'], { type: 'secinfo.changeDefault' })]),
					]
				: []),
			actions([button(`+ ${t['pc.today.secinfo.add']}`, { type: 'secinfo.add' }, true)]),
			...page.methods.flatMap((m) => row(env, m)),
			...(page.tap
				? [text(t['pc.today.secinfo.tap'], 'strong'), text(fill(t['pc.today.secinfo.tapExpires'], { time: page.tap.expiresAt }), 'plain')]
				: []),
		],
	};
}

/** The sign-in page's pass field [LRN-TAP]: "If the user is included in the TAP policy, they see a screen to enter their TAP." */
export function tapSignIn(env: ScreenEnv, failed: ErrorCode | null = null): SecurityInfoScreen {
	const t = env.t;
	return {
		id: 'tap',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.today.tap.title']),
			{
				kind: 'form',
				submit: (f) => ({ type: 'tap.submit', code: f.get('tap') }),
				blocks: [
					{ kind: 'field', label: t['pc.today.tap.field'], name: 'tap', type: 'text', hint: { autoComplete: 'one-time-code' } },
					...error(env, failed),
					actions([button(t['pc.today.tap.signIn'], 'submit', true)]),
				],
			},
		],
	};
}

/**
 * A screen drawn with its dictionary watched, as src/screens/view.ts draws a flow's: a screen that
 * reads a label no source confirms says the real page may differ.
 */
export function watched(env: ScreenEnv, draw: (env: ScreenEnv) => SecurityInfoScreen): SecurityInfoScreen {
	let mayDiffer = false;
	const t = new Proxy(env.t, {
		get(target, key, receiver) {
			if (typeof key === 'string' && env.unverified.has(key)) mayDiffer = true;
			return Reflect.get(target, key, receiver);
		},
	});
	const screen = draw({ ...env, t });
	return mayDiffer ? { ...screen, mayDiffer } : screen;
}
