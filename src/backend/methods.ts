import type { Account } from './account';
import { type Core, ModelError } from './core';

/*
 * The sign-in methods a student has after enrolment, as the Security info page
 * (https://mysignins.microsoft.com/security-info) lists and changes them: several apps,
 * phones and passkeys side by side, one default. Sources are keys of
 * ../shared/facts/after-enrolment-2026.md.
 *
 * A tenant whose list is null is a registration practice's: its one method is the account's
 * (account.ts), and every rule here stands aside. The after-enrolment practice starts with a
 * list (`seed`), and from then on the list is what signs in: pushes go to the apps on it, texts
 * to its phone, and a method deleted from it no longer signs in.
 */

/** What the page lists: Microsoft Authenticator (one row per phone), a phone number, a passkey. */
export type MethodKind = 'app' | 'phone' | 'passkey';

export interface RegisteredMethod {
	id: string;
	kind: MethodKind;
	/** The app's or the passkey's phone (the device the practice's phones answer as); null for a phone number. */
	device: string | null;
	/** What the row says of it: the phone's model, or the number. */
	label: string;
	addedAt: number;
}

/**
 * The methods that can be the default [LRN-COMBINED]: "Microsoft Authenticator – push
 * notification…", "Authenticator app or hardware token – code", "Phone call", "Text message".
 * A passkey cannot be.
 */
export type DefaultMethod = 'push' | 'code' | 'call' | 'sms';
export const DEFAULT_METHODS: readonly DefaultMethod[] = ['push', 'code', 'call', 'sms'];

/** What backs each default: the apps for a push or a code, a phone for a call or a text. */
const BACKED_BY: Record<DefaultMethod, MethodKind> = { push: 'app', code: 'app', call: 'phone', sms: 'phone' };

/**
 * How many of each the page registers [LRN-COMBINED]: "Microsoft Authenticator | Yes (maximum
 * of 5)", "Phone | Yes (maximum of 2)", "Passkey (FIDO2)* | Yes (maximum of 10)".
 */
export const METHOD_LIMITS: Record<MethodKind, number> = { app: 5, phone: 2, passkey: 10 };

/**
 * Managing credentials asks for MFA again after 10 minutes [LRN-COMBINED]: "users are required
 * to complete multifactor authentication (MFA) when managing credentials or accessing My
 * Sign-ins if they haven't done so within the last 10 minutes of their current session".
 */
export const MANAGE_MFA_MS = 10 * 60_000;
/**
 * [LRN-COMBINED] "Adding or modifying a passkey (FIDO2) method requires users to have strongly
 * authenticated within the past 5 minutes."
 */
export const PASSKEY_MFA_MS = 5 * 60_000;

export interface MethodsState {
	/** The methods on the Security info page, oldest first; null in the registration practices (account.ts's one method). */
	methods: RegisteredMethod[] | null;
	/** The default sign-in method; null when nothing can back one. */
	defaultMethod: DefaultMethod | null;
	/** When the student last completed MFA (a sign-in approved, a code, a Temporary Access Pass). */
	mfaAt: number | null;
}

export const initialMethods = (): MethodsState => ({ methods: null, defaultMethod: null, mfaAt: null });

/** A method as the practice seeds it: its kind, its device and its label. */
export type MethodSeed = Pick<RegisteredMethod, 'kind' | 'device' | 'label'>;

export class Methods {
	constructor(
		private readonly core: Core<MethodsState>,
		private readonly account: Account,
	) {}

	/** Whether this tenant keeps a list (the after-enrolment practice) rather than the account's one method. */
	get managed() {
		// A session saved before the list existed has no such field: it is a registration practice's.
		return Array.isArray(this.core.state.methods);
	}

	/** The methods the student starts with, and the default: an account enrolled long ago. */
	seed(methods: readonly MethodSeed[], defaultMethod: DefaultMethod | null) {
		const now = this.core.now();
		this.core.state.methods = methods.map((m) => ({ ...m, id: this.core.nextId('method'), addedAt: now }));
		this.core.state.defaultMethod = defaultMethod;
	}

	private get list(): RegisteredMethod[] {
		return this.core.state.methods ?? [];
	}

	/**
	 * What the page shows. With no method left, a banner asks to add one [LRN-TAP]: "If a user
	 * doesn't have any other registered methods, they get a banner at the top of the screen that
	 * says to add a new sign-in method."
	 */
	view() {
		return { methods: this.list, defaultMethod: this.core.state.defaultMethod, banner: this.list.length === 0 };
	}

	/** The apps that receive pushes: the list's, or the account's one app in the registration practices. */
	appDevices(): string[] {
		if (!this.managed) return this.account.device ? [this.account.device.id] : [];
		return this.list.flatMap((m) => (m.kind === 'app' && m.device ? [m.device] : []));
	}

	/** Whether a method of this kind can still sign in: a deleted one cannot [LRN-COMBINED: "no longer sees that method"]. */
	has(kind: MethodKind) {
		return !this.managed || this.list.some((m) => m.kind === kind);
	}

	/** A sign-in with this kind of method: refused once it is deleted. */
	require(kind: MethodKind) {
		if (!this.has(kind)) throw new ModelError(409, 'method-deleted');
	}

	/** MFA completed (a push approved, a code, a pass): the page may be managed for 10 minutes. */
	verified() {
		this.core.state.mfaAt = this.core.now();
	}

	/** The page's changes ask for MFA within the last `within` ms, else the student signs in again. */
	private guard(within: number) {
		const at = this.core.state.mfaAt;
		if (at === null || this.core.now() - at > within) throw new ModelError(401, 'reauth-required');
	}

	/**
	 * "+ Add sign-in method" [LRN-PASSKEY-AUTH-REG]: the new method once verified (the app's
	 * test notification, the passkey made on the phone). Within the limits of each kind; a
	 * passkey needs MFA within 5 minutes rather than 10.
	 */
	add(method: MethodSeed) {
		this.guard(method.kind === 'passkey' ? PASSKEY_MFA_MS : MANAGE_MFA_MS);
		if (!this.managed) throw new ModelError(409, 'registration-incomplete');
		if (this.list.filter((m) => m.kind === method.kind).length >= METHOD_LIMITS[method.kind]) throw new ModelError(409, 'method-limit');
		const added: RegisteredMethod = { ...method, id: this.core.nextId('method'), addedAt: this.core.now() };
		this.core.state.methods = [...this.list, added];
		// The first method that can be a default becomes it: there was none to keep.
		if (this.core.state.defaultMethod === null && method.kind !== 'passkey')
			this.core.state.defaultMethod = method.kind === 'app' ? 'push' : 'sms';
		return added;
	}

	/**
	 * "Delete" [LRN-COMBINED, 3P-HIROSAKI]. The last method that backs the default is refused
	 * while other methods remain: Microsoft's Graph API says so [LRN-GRAPH-PHONEDEL]: "If the
	 * phone number is the user's default … it can't be deleted. Have the user change their default
	 * authentication method, and then delete the number." [QA-GRAPH-DEFAULT]; whether the web
	 * page refuses it too is UNVERIFIED (no source found). The very last method can go; the page
	 * then shows its banner (`view().banner`) [LRN-TAP, 3P-GODADDY-EN].
	 */
	remove(id: string) {
		this.guard(MANAGE_MFA_MS);
		const method = this.list.find((m) => m.id === id);
		if (!method) throw new ModelError(404, 'method-unknown');
		const rest = this.list.filter((m) => m.id !== id);
		const d = this.core.state.defaultMethod;
		const backsDefault = d !== null && BACKED_BY[d] === method.kind && !rest.some((m) => m.kind === method.kind);
		if (backsDefault && rest.length > 0) throw new ModelError(409, 'method-is-default');
		this.core.state.methods = rest;
		if (backsDefault) this.core.state.defaultMethod = null;
		return { deleted: method, last: rest.length === 0 };
	}

	/**
	 * "Change" beside "Default sign-in method", then "Confirm" [3P-GODADDY-EN]: to a method that
	 * can be a default and that a registered method backs [LRN-COMBINED].
	 */
	setDefault(method: DefaultMethod) {
		this.guard(MANAGE_MFA_MS);
		if (!DEFAULT_METHODS.includes(method) || !this.list.some((m) => m.kind === BACKED_BY[method]))
			throw new ModelError(409, 'default-unavailable');
		this.core.state.defaultMethod = method;
	}

	/**
	 * The helpdesk's "Require re-register MFA" [LRN-MFA-USERSETTINGS]: it "deletes … phone
	 * numbers, Microsoft Authenticator apps and software OATH tokens"; passkeys stay. The next
	 * sign-in asks to set up a method again.
	 */
	requireReregister() {
		this.core.state.methods = this.list.filter((m) => m.kind === 'passkey');
		this.core.state.defaultMethod = null;
	}
}
