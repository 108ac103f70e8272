import type lookup from './lookup.ja';

/** The message lookup, the links to troubleshooting answers and Pagefind's words in English, with the keys of lookup.ja.ts. */

// Long strings are split by hand so that each line stays within 140 characters (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'sidebar.messages': 'Errors and messages',

	'messages.search.label': 'An error code, or words shown on the screen',
	'messages.search.hint':
		'Type a code such as “50076” or “AADSTS50076”, or words from the screen such as “didn’t hear” or “limit”: only the messages ' +
		'that match stay. Words from the Japanese screens work too.',
	'messages.search.count': '{n} found',
	'messages.search.none': 'Nothing found. Try only the digits of the code, or fewer words.',
	'messages.search.all': 'All messages ({n})',
	'messages.kind.screen': 'On the screen',
	'messages.kind.code': 'Microsoft’s description of the code',
	'messages.source': 'Source: ',
	'messages.thirdParty': ' (not a Microsoft page)',
	'messages.gloss': ' (Microsoft’s documentation translates it so; whether the screen says the same is not confirmed)',
	'messages.unverified': 'No source found: the real screen’s wording may differ',
	'messages.meaning': 'What it means',
	'messages.todo': 'What to do',
	'messages.topic': 'Troubleshooting answer: ',
	'messages.steps': 'Steps in the guide: ',
	'messages.practice': 'See it in the simulator: ',
	'messages.helpdesk.caption': 'Screen messages and error codes (links to each entry of “Errors and messages”)',
	'messages.helpdesk.col.message': 'Message or code',

	'share.col': 'Share',
	'share.qrImage': 'QR code of this link',
	'topics.helpdesk.caption': 'Troubleshooting answers (links to each answer)',
	'topics.helpdesk.col.topic': 'Question',

	'message.request-denied.title': 'Request denied',
	'message.request-denied.meaning':
		'The verification was refused: shown when “No” or “Deny” was chosen in the app, or the request was reported. It may come with ' +
		'error code 500121.',
	'message.request-denied.todo':
		'If you were signing in and denied it by mistake, sign in again and approve. If you were not signing in and denied it, that was ' +
		'right: change your password now and contact the helpdesk.',
	'message.no-response.title': 'We didn’t hear from you',
	'message.no-response.meaning':
		'The request sent to the app was not answered in time: the notification did not arrive, or the answer came late.',
	'message.no-response.todo':
		'Send it again, open the app on your phone and approve. If no notification arrives, opening the app may show the request.',
	'message.number-mismatch.title': 'The numbers didn’t match',
	'message.number-mismatch.meaning':
		'The number typed in the app was not the two digits on the sign-in screen. The sign-in was not approved.',
	'message.number-mismatch.todo':
		'Send it again and type the new number shown on the PC into the app. The number changes with every request.',
	'message.no-numbers.title': 'No numbers in your app? Make sure to upgrade to the latest version',
	'message.no-numbers.meaning': 'Shown under the number on the sign-in screen: an old version of the app has no field for the number.',
	'message.no-numbers.todo': 'Update Microsoft Authenticator from the App Store or Google Play, then sign in again.',
	'message.call-limit.title': 'You’ve hit our limit on verification calls',
	'message.call-limit.meaning':
		'Too many verification calls in a short time: Microsoft has paused calls for a while. The limit does not apply to Microsoft ' +
		'Authenticator or verification codes.',
	'message.call-limit.todo':
		'Wait a while (a few hours to a few days) and try again, or sign in with another method such as the app. If it is urgent, ask the ' +
		'helpdesk.',
	'message.text-limit.title': 'You’ve hit our limit on text verification codes',
	'message.text-limit.meaning':
		'Too many text codes in a short time: Microsoft has paused texts for a while. The limit does not apply to Microsoft Authenticator ' +
		'or verification codes.',
	'message.text-limit.todo':
		'Do not keep resending the code: wait a while (a few hours to a few days) and try again, or sign in with another method such as ' +
		'the app.',
	'message.trouble-verifying.title': 'Sorry, we’re having trouble verifying your account',
	'message.trouble-verifying.meaning': 'Verifying by phone call or text did not work.',
	'message.trouble-verifying.todo':
		'Sign in with another method you registered, such as the app or a verification code. With no other method, ask the helpdesk.',
	'message.sign-in-blocked.title': 'Your sign-in was blocked',
	'message.sign-in-blocked.meaning':
		'The sign-in is stopped: after it was reported as suspicious, or when the university’s settings do not allow the place or the ' +
		'device.',
	'message.sign-in-blocked.todo':
		'You cannot unblock it yourself. Note the time and any error code and contact the helpdesk. If you were not signing in, change ' +
		'your password now.',
	'message.more-info-required.title': 'More information required',
	'message.more-info-required.meaning':
		'Shown during sign-in when no second-factor method is registered yet. Today’s screens go on to “Let’s keep your account secure”.',
	'message.more-info-required.todo': 'Press “Next” and register a method, as the guide’s first-time registration steps show.',
	'message.aadsts50074.title': 'AADSTS50074: the second factor was not completed',
	'message.aadsts50074.meaning':
		'The sign-in needed the second factor, and the verification (approving in the app, typing a code) did not finish.',
	'message.aadsts50074.todo':
		'Sign in again and finish the verification. If no notification arrives or your phone is not at hand, choose another method.',
	'message.aadsts50076.title': 'AADSTS50076: the second factor is now required',
	'message.aadsts50076.meaning':
		'The university’s settings changed, or you are signing in from a new place: the sign-in now needs the second factor.',
	'message.aadsts50076.todo': 'Verify with a method you registered. If the browser or the app stops there, sign in again.',
	'message.aadsts50079.title': 'AADSTS50079: a method must be registered',
	'message.aadsts50079.meaning': 'No second-factor method (security info) is registered yet.',
	'message.aadsts50079.todo': 'Sign in again in a browser and register a method, as the guide’s first-time registration steps show.',
	'message.aadsts50088.title': 'AADSTS50088: limit on verification calls reached',
	'message.aadsts50088.meaning': 'The number of verification calls reached its limit.',
	'message.aadsts50088.todo': 'Wait a few minutes and try again, or sign in with another method such as the app.',
	'message.aadsts50125.title': 'AADSTS50125: interrupted for password reset registration',
	'message.aadsts50125.meaning': 'The sign-in stopped for a password reset or for registering for it.',
	'message.aadsts50125.todo': 'Finish what the screen asks, then sign in again.',
	'message.aadsts50158.title': 'AADSTS50158: an external check is not finished',
	'message.aadsts50158.meaning':
		'A check on another page or by another authentication service is not finished yet. Microsoft says this code alone does not mean ' +
		'the sign-in failed.',
	'message.aadsts50158.todo': 'Go on as the screen says. If it keeps coming back and you cannot go on, ask the helpdesk.',
	'message.aadsts53003.title': 'AADSTS53003: blocked by Conditional Access',
	'message.aadsts53003.meaning':
		'The university’s settings (Conditional Access) did not allow this sign-in: the place, the device or the app is not allowed.',
	'message.aadsts53003.todo':
		'You cannot solve it yourself. Note the error code, the time, the device and app you use and where you are, and contact the ' +
		'helpdesk.',
	'message.aadsts53004.title': 'AADSTS53004: registration blocked because of risk',
	'message.aadsts53004.meaning': 'The second-factor registration must be finished, but it was judged risky and cannot be done here.',
	'message.aadsts53004.todo': 'You cannot solve it yourself. Contact the helpdesk.',
	'message.error-500121.title': '500121: the second factor failed',
	'message.error-500121.meaning':
		'The second-factor verification was not completed: it timed out, was denied, or the method’s set-up has a problem. It may come ' +
		'with “Request denied”.',
	'message.error-500121.todo':
		'If you were signing in, sign in again and finish the verification. If you denied a request you did not make, that was right: ' +
		'change your password and contact the helpdesk.',

	// Pagefind's own English (@pagefind/default-ui, translations/en.json).
	'pagefind.clear_search': 'Clear',
	'pagefind.load_more': 'Load more results',
	'pagefind.search_label': 'Search this site',
	'pagefind.filters_label': 'Filters',
	'pagefind.zero_results': 'No results for [SEARCH_TERM]',
	'pagefind.many_results': '[COUNT] results for [SEARCH_TERM]',
	'pagefind.one_result': '[COUNT] result for [SEARCH_TERM]',
	'pagefind.alt_search': 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
	'pagefind.search_suggestion': 'No results for [SEARCH_TERM]. Try one of the following searches:',
	'pagefind.searching': 'Searching for [SEARCH_TERM]...',
} as const satisfies Record<keyof typeof lookup, string>;
