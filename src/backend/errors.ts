import { CHALLENGE_STATUSES, type ChallengeStatus } from './challenges';
import type { PhoneReason } from './phone-number';

/**
 * Every reason the practice can refuse something, by the code the screens look their words
 * up with (`error.<code>` in the dictionaries). The service answers with these codes, the
 * machines keep them in their context, and a code without words is a type error rather
 * than "something went wrong" on the screen.
 */

/** What the service says when a typed code is refused (src/totp's reasons, and the lock-out). */
export type CodeReason = 'empty' | 'not-digits' | 'wrong-length' | 'wrong-code' | 'expired' | 'reused' | 'clock-skew' | 'locked';

/** The practice service's own refusals. */
export type ServiceError =
	| CodeReason
	| PhoneReason
	| 'phone-no-sms'
	| 'phone-not-practice'
	| 'activation-invalid'
	| 'app-not-configured'
	| 'registration-incomplete'
	| 'blocked'
	| 'push-unknown'
	| 'push-approved'
	| 'push-denied'
	| 'push-expired'
	| 'push-mismatch'
	| 'push-reported'
	| 'number-empty'
	| 'number-invalid'
	| 'device-unknown'
	| 'challenge-unknown'
	| 'challenge-kind'
	| 'passkey-not-created'
	| 'passkey-unknown'
	| 'passkey-expired'
	| 'passkey-used'
	// After enrolment: the Security info page's refusals (methods.ts) and the Temporary Access Pass's (tap.ts).
	| 'push-revoked'
	| 'method-deleted'
	| 'method-unknown'
	| 'method-limit'
	| 'method-is-default'
	| 'default-unavailable'
	| 'reauth-required'
	| 'tap-lifetime'
	| 'tap-empty'
	| 'tap-wrong'
	| 'tap-expired'
	| 'tap-used'
	| 'tap-none'
	| 'not-found';

/** A call that can no longer take this (answered, hung up…): the phone turns it into what the call shows. */
export type CallError = `call-${ChallengeStatus}`;

/** A wrong choice on a practice screen: the practice is about one method, and says which to pick. */
export type ChoiceError =
	| 'choose-app'
	| 'choose-phone'
	| 'choose-notification'
	| 'choose-code'
	| 'choose-sms'
	| 'choose-call'
	| 'choose-other-app'
	| 'choose-other-options'
	| 'choose-authenticator'
	/** Windows' passkey dialog: this practice's passkey is on the phone, not a security key. */
	| 'choose-phone-device'
	/** Today's SMS and call practices meet the passkey prompt; creating one is the passkey practice's. */
	| 'choose-skip'
	/** The practice after enrolment: the app is added, the lost phone's row deleted, in that order. */
	| 'choose-add-app'
	| 'manage-add-first'
	| 'manage-delete-old'
	| 'manage-delete-first'
	| 'manage-sign-out'
	| 'manage-change-default'
	/** The new phone's scenario: check the new phone by signing in again, then delete the old phone's row. */
	| 'manage-check-first'
	| 'manage-old-row'
	| 'manage-approve-on-phone'
	| 'choose-default-app'
	| 'choose-default-sms';

/**
 * The phone's camera saw no QR code: `nothing-to-scan` words it as the manual's screens
 * (2020), today's phones name today's PC page instead (`no-qr-yet` for the app's set-up,
 * `no-passkey-qr` for a passkey's sign-in). A PC without Bluetooth cannot reach the phone
 * that holds the passkey (`no-bluetooth`).
 */
export type DeviceError = 'nothing-to-scan' | 'no-qr-yet' | 'no-passkey-qr' | 'notifications-off' | 'unlock-cancelled' | 'no-bluetooth';

/** The service could not be reached, or answered with nothing this page knows. */
export type TransportError = 'network' | 'unknown';

export type ErrorCode = ServiceError | ChoiceError | DeviceError | TransportError;

const SERVICE_ERRORS: Record<ServiceError, true> = {
	empty: true,
	'not-digits': true,
	'wrong-length': true,
	'wrong-code': true,
	expired: true,
	reused: true,
	'clock-skew': true,
	locked: true,
	'phone-empty': true,
	'phone-invalid': true,
	'phone-length': true,
	'phone-country': true,
	'phone-service': true,
	'phone-repeated': true,
	'phone-unknown': true,
	'phone-no-sms': true,
	'phone-not-practice': true,
	'activation-invalid': true,
	'app-not-configured': true,
	'registration-incomplete': true,
	blocked: true,
	'push-unknown': true,
	'push-approved': true,
	'push-denied': true,
	'push-expired': true,
	'push-mismatch': true,
	'push-reported': true,
	'number-empty': true,
	'number-invalid': true,
	'device-unknown': true,
	'challenge-unknown': true,
	'challenge-kind': true,
	'passkey-not-created': true,
	'passkey-unknown': true,
	'passkey-expired': true,
	'passkey-used': true,
	'push-revoked': true,
	'method-deleted': true,
	'method-unknown': true,
	'method-limit': true,
	'method-is-default': true,
	'default-unavailable': true,
	'reauth-required': true,
	'tap-lifetime': true,
	'tap-empty': true,
	'tap-wrong': true,
	'tap-expired': true,
	'tap-used': true,
	'tap-none': true,
	'not-found': true,
};

const isServiceError = (value: unknown): value is ServiceError => typeof value === 'string' && Object.hasOwn(SERVICE_ERRORS, value);
export const isCallError = (value: unknown): value is CallError =>
	typeof value === 'string' && CHALLENGE_STATUSES.some((status) => value === `call-${status}`);

/** Reads a code that came over the wire: one the page knows, or "unknown". */
export const wireError = (value: unknown): ServiceError | CallError | 'unknown' =>
	isServiceError(value) || isCallError(value) ? value : 'unknown';

/** What a call's refusal says about the call: how it had already ended. */
export const callOutcome = (code: string): ChallengeStatus | null => CHALLENGE_STATUSES.find((status) => code === `call-${status}`) ?? null;
