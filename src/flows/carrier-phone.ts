import { assign, setup } from 'xstate';
import type { CarrierNews } from '../backend/client';
import { PRACTICE_PHONE, type ChallengeStatus } from '../backend/model';
import { call, errorCode, watchCarrier, type FlowDeps } from './common';
import type { SnapshotLike } from './pc';

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
	error: string | null;
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

const ENDED: readonly string[] = ['verified', 'no-answer', 'hung-up', 'wrong-key', 'fraud', 'cancelled', 'expired'];

export function createCarrierPhoneMachine(deps: FlowDeps, features: { messages: boolean; calls: boolean }) {
	const { api } = deps;
	const s = setup({
		types: {} as { context: CarrierPhoneContext; events: CarrierPhoneEvent },
		actors: {
			watchCarrier: watchCarrier(deps),
			answer: call((id: string) => api.answerCall(id)),
			hangUp: call((id: string) => api.hangUp(id)),
			press: call((input: { id: string; key: string }) => api.pressKey(input.id, input.key)),
		},
		actions: {
			news: assign(({ event }) => {
				if (event.type !== 'carrier.update') return {};
				return { messages: event.messages };
			}),
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
		},
		guards: {
			newCall: ({ context, event }) =>
				event.type === 'carrier.update' && event.call?.status === 'ringing' && event.call.id !== context.current && !context.handled.includes(event.call.id),
			callOver: ({ context, event }) =>
				event.type === 'carrier.update' && event.call?.id === context.current && ENDED.includes(event.call.status),
		},
	});

	const callScreens = s.createStateConfig({
		initial: 'ringing',
		states: {
			ringing: {
				on: {
					'phone.answer': 'answering',
					'phone.decline': 'declining',
					// Nobody answered in time (or the PC gave up): a missed call.
					'carrier.update': { guard: 'callOver', target: '#phone.home', actions: ['news', 'leaveCall', assign({ missed: ({ context }) => context.missed + 1 })] },
				},
			},
			answering: {
				tags: 'busy',
				invoke: {
					src: 'answer',
					input: ({ context }) => context.current!,
					onDone: 'inCall',
					onError: { target: '#phone.home', actions: ['leaveCall', assign({ missed: ({ context }) => context.missed + 1 })] },
				},
			},
			declining: {
				tags: 'busy',
				invoke: {
					src: 'hangUp',
					input: ({ context }) => context.current!,
					onDone: { target: '#phone.home', actions: 'leaveCall' },
					onError: { target: '#phone.home', actions: 'leaveCall' },
				},
			},
			inCall: {
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
				tags: 'busy',
				invoke: {
					src: 'press',
					input: ({ context, event }) => ({ id: context.current!, key: (event as { key?: string }).key ?? '' }),
					onDone: [
						{ guard: ({ event }) => event.output.status === 'answered', target: 'inCall', actions: assign({ keys: ({ event }) => event.output.keys }) },
						{ target: 'ended', actions: assign({ outcome: ({ event }) => event.output.status }) },
					],
					onError: {
						target: 'ended',
						actions: assign({
							outcome: ({ event }) => {
								const code = errorCode(event.error);
								return (code.startsWith('call-') ? code.slice(5) : 'hung-up') as ChallengeStatus;
							},
						}),
					},
				},
			},
			hangingUp: {
				tags: 'busy',
				invoke: {
					src: 'hangUp',
					input: ({ context }) => context.current!,
					onDone: { target: 'ended', actions: assign({ outcome: 'hung-up' }) },
					onError: { target: 'ended', actions: assign({ outcome: 'hung-up' }) },
				},
			},
			ended: {
				on: {
					'phone.close': { target: '#phone.home', actions: 'leaveCall' },
					'phone.home': { target: '#phone.home', actions: 'leaveCall' },
				},
			},
		},
	});

	return s.createMachine({
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
			error: null,
		},
		invoke: { src: 'watchCarrier', input: ({ context }) => ({ number: context.number }) },
		on: {
			// The Messages app opens from the home screen or from a text's banner on any screen.
			...(features.messages ? { 'phone.openMessages': { target: '.messages', actions: 'readAll' as const } } : {}),
			'carrier.update': [
				...(features.calls
					? [
							{
								guard: 'newCall' as const,
								target: '.call.ringing',
								actions: ['news' as const, 'leaveCall' as const, 'takeCall' as const],
							},
						]
					: []),
				{ actions: 'news' },
			],
		},
		initial: 'home',
		states: {
			home: {},
			...(features.messages
				? {
						messages: s.createStateConfig({
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

export type CarrierPhoneMachine = ReturnType<typeof createCarrierPhoneMachine>;

/** The step of the phone methods (SMS and call): the same pages, but for how the phone is reached. */
export function phoneMethodStep(pc: SnapshotLike, verify: string): string {
	const m = (v: string) => pc.matches(v as never);
	const phase = pc.context.phase;
	if (m('signIn') || m('signingIn')) return `${phase}-sign-in`;
	if (m('moreInfo')) return 'setup-more-info';
	if (m('phoneForm') || m('registeringPhone')) return 'setup-phone-number';
	if (m('verified') || m('finishing')) return 'setup-done';
	if (m('service') || m('advancing')) return 'signin-done';
	return `${phase}-${verify}`;
}

/** The practice phone's number as a student types it. */
export const PHONE_FORM = { contact: 'phone', country: 'JP', number: '090-1234-5678' } as const;

