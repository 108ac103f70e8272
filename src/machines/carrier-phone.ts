import { type AnyMachineSnapshot, assign, setup } from 'xstate';
import type { CarrierNews } from '../backend/client';
import { type ChallengeStatus, PRACTICE_PHONE } from '../backend/model';
import { carrierPhoneActors, endedAs, UNPLUGGED } from './actors';
import type { StateMeta } from './meta';
import type { PcContext } from './pc';
import { pc, phone, type Session } from './runtime';

/** The screens of the phone of the SMS and call methods (src/screens/shared/phone-carrier.ts draws them). */
export type CarrierPhoneScreenId = 'home' | 'messages' | 'incoming' | 'inCall' | 'callEnded';

/**
 * The virtual phone of the SMS and call methods: a home screen, the Messages app (its
 * inbox of texts) and the incoming-call screen with its keypad. It hears from the
 * service only what the phone network delivers to its number, as a real phone does.
 */

export interface CarrierPhoneContext {
	number: string;
	messages: CarrierNews['messages'];
	/** Texts already seen in the Messages app. */
	read: string[];
	/** The call on screen (ringing, answered or just ended). */
	current: string | null;
	/** Keys pressed during the call on screen. */
	keys: string;
	/** How the call on screen ended. */
	outcome: ChallengeStatus | null;
	missed: number;
	/** Calls already dealt with, so a slow poll cannot ring them again. */
	handled: string[];
}

export type CarrierPhoneEvent =
	| { type: 'phone.home' }
	| { type: 'phone.openMessages' }
	| { type: 'phone.answer' }
	| { type: 'phone.decline' }
	| { type: 'phone.key'; key: string }
	| { type: 'phone.hangUp' }
	| { type: 'phone.close' }
	| ({ type: 'carrier.update' } & CarrierNews);

const ENDED: readonly ChallengeStatus[] = ['verified', 'no-answer', 'hung-up', 'wrong-key', 'fraud', 'cancelled', 'expired'];

const carrier = setup({
	types: {} as { context: CarrierPhoneContext; events: CarrierPhoneEvent; meta: StateMeta<CarrierPhoneScreenId> },
	actors: carrierPhoneActors(UNPLUGGED),
	actions: {
		news: assign(({ event }) => (event.type === 'carrier.update' ? { messages: event.messages } : {})),
		readAll: assign({ read: ({ context }) => context.messages.map((m) => m.id) }),
		leaveCall: assign(({ context }) => ({
			handled: context.current ? [...context.handled, context.current].slice(-10) : context.handled,
			current: null,
			keys: '',
		})),
		takeCall: assign({
			current: ({ event }) => (event.type === 'carrier.update' ? (event.call?.id ?? null) : null),
			outcome: null,
			keys: '',
		}),
		missed: assign({ missed: ({ context }) => context.missed + 1 }),
	},
	guards: {
		newCall: ({ context, event }) =>
			event.type === 'carrier.update' &&
			event.call?.status === 'ringing' &&
			event.call.id !== context.current &&
			!context.handled.includes(event.call.id),
		callOver: ({ context, event }) =>
			event.type === 'carrier.update' && event.call?.id === context.current && ENDED.includes(event.call.status),
	},
});

const incoming = { screen: 'incoming' } as const;
const inCall = { screen: 'inCall' } as const;

const callScreens = carrier.createStateConfig({
	initial: 'ringing',
	states: {
		ringing: {
			meta: incoming,
			tags: 'ringing',
			on: {
				'phone.answer': 'answering',
				'phone.decline': 'declining',
				// Nobody answered in time (or the PC gave up): a missed call.
				'carrier.update': { guard: 'callOver', target: '#phone.home', actions: ['news', 'leaveCall', 'missed'] },
			},
		},
		answering: {
			meta: incoming,
			tags: 'busy',
			invoke: {
				src: 'answer',
				input: ({ context }) => context.current ?? '',
				onDone: 'inCall',
				onError: { target: '#phone.home', actions: ['leaveCall', 'missed'] },
			},
		},
		declining: {
			meta: incoming,
			tags: 'busy',
			invoke: {
				src: 'hangUp',
				input: ({ context }) => context.current ?? '',
				onDone: { target: '#phone.home', actions: 'leaveCall' },
				onError: { target: '#phone.home', actions: 'leaveCall' },
			},
		},
		inCall: {
			meta: inCall,
			on: {
				'phone.key': 'pressing',
				'phone.hangUp': 'hangingUp',
				// The voice gave up waiting for a key.
				'carrier.update': {
					guard: 'callOver',
					target: 'ended',
					actions: ['news', assign({ outcome: ({ event }) => (event.type === 'carrier.update' ? (event.call?.status ?? null) : null) })],
				},
			},
		},
		pressing: {
			meta: inCall,
			tags: 'busy',
			invoke: {
				src: 'press',
				input: ({ context, event }) => ({ id: context.current ?? '', key: event.type === 'phone.key' ? event.key : '' }),
				onDone: [
					{
						guard: ({ event }) => event.output.status === 'answered',
						target: 'inCall',
						actions: assign({ keys: ({ event }) => event.output.keys }),
					},
					{ target: 'ended', actions: assign({ outcome: ({ event }) => event.output.status }) },
				],
				// The call had already ended (the voice gave up): the service says how.
				onError: { target: 'ended', actions: assign({ outcome: ({ event }) => endedAs(event.error) ?? 'hung-up' }) },
			},
		},
		hangingUp: {
			meta: inCall,
			tags: 'busy',
			invoke: {
				src: 'hangUp',
				input: ({ context }) => context.current ?? '',
				onDone: { target: 'ended', actions: assign({ outcome: 'hung-up' }) },
				onError: { target: 'ended', actions: assign({ outcome: 'hung-up' }) },
			},
		},
		ended: {
			meta: { screen: 'callEnded' },
			on: {
				'phone.close': { target: '#phone.home', actions: 'leaveCall' },
				'phone.home': { target: '#phone.home', actions: 'leaveCall' },
			},
		},
	},
});

/**
 * The phone of the SMS and call methods, made once per set of features: the Messages
 * app, incoming calls, or both. A session plugs its service in (carrierPhoneActors).
 */
export function carrierPhone(features: { messages: boolean; calls: boolean }) {
	return carrier.createMachine({
		id: 'phone',
		context: {
			number: PRACTICE_PHONE.e164,
			messages: [],
			read: [],
			current: null,
			keys: '',
			outcome: null,
			missed: 0,
			handled: [],
		},
		invoke: { src: 'watchCarrier', input: ({ context }) => ({ number: context.number }) },
		on: {
			// The Messages app opens from the home screen or from a text's banner on any screen.
			...(features.messages ? { 'phone.openMessages': { target: '.messages', actions: 'readAll' as const } } : {}),
			'carrier.update': [
				...(features.calls
					? [{ guard: 'newCall' as const, target: '.call.ringing', actions: ['news' as const, 'leaveCall' as const, 'takeCall' as const] }]
					: []),
				{ actions: 'news' },
			],
		},
		initial: 'home',
		states: {
			home: { meta: { screen: 'home' } },
			...(features.messages
				? {
						messages: carrier.createStateConfig({
							meta: { screen: 'messages' },
							entry: 'readAll',
							on: {
								'phone.home': 'home',
								'carrier.update': { actions: ['news', 'readAll'] },
							},
						}),
					}
				: {}),
			...(features.calls ? { call: callScreens } : {}),
		},
	});
}

/** The practice phone's number as a student types it. */
export const PHONE_FORM = { contact: 'phone', country: 'JP', number: '090-1234-5678' } as const;

/** The latest text on the phone, if it is the one the PC is waiting for. */
export function textOnPhone(s: Session): string | null {
	return latestText(s.pc.getSnapshot(), s.phone.getSnapshot());
}

function latestText(pcSnapshot: AnyMachineSnapshot, phoneSnapshot: AnyMachineSnapshot): string | null {
	const waiting: PcContext = pcSnapshot.context;
	// Any phone may be asked (a random student presses anything): only the phone with Messages has texts.
	const messages: CarrierPhoneContext['messages'] | undefined = phoneSnapshot.context.messages;
	const message = messages?.at(-1);
	return message && message.id === waiting.challenge?.id ? message.code : null;
}

/** The phone is ringing: a call to answer has come. */
export const ringing = (s: Session) => s.phone.getSnapshot().hasTag('ringing');

/** The text the PC waits for has come. */
export const textCame = (s: Session) => textOnPhone(s) !== null;

/** A walk-through's presses for a text: open Messages, type its code on the PC. */
export const readText = [
	phone({ type: 'phone.openMessages' }),
	pc((s) => {
		const code = textOnPhone(s);
		return code ? { type: 'pc.verify', code } : null;
	}),
];

/** A walk-through's presses for a call: answer, then # on the keypad. */
export const answerCall = [phone({ type: 'phone.answer' }), phone({ type: 'phone.key', key: '#' })];
