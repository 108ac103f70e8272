/**
 * The manual's edition in English: the keys of manual.ja.ts (see there).
 */

// Step titles that several methods share, written once (see ja.ts).
const signInFirst = 'Sign in with your university account';
const moreInfo = 'Press “Next” on “More information required”';
const signInAgain = 'Sign in with your university account';
const signInDone = 'You are signed in';
// Steps 3–9 of both Authenticator methods (steps 1 and 2 are the ones every method shares).
const chooseApp = 'Choose “Mobile app” and press “Set up”';
const installApp = 'Install the app on your phone';
const appFirstLaunch = 'Open the app and accept the privacy notice';
const scanQr = 'Scan the QR code shown on the PC';
const accountAdded = 'Your account appears in the app';
const checkCode = 'Open the account and check its code';
const configureNext = 'Press “Next” on “Configure mobile app”';

// biome-ignore format: the line breaks of the strings below are chosen by hand (see ja.ts).
export default {
	// A title a reader sees in the chapter, the table of contents, the helpdesk table and
	// the simulator's guide. Steps several methods share use the titles written once above.
	'manual.step.sms.setup-sign-in': signInFirst,
	'manual.step.sms.setup-more-info': moreInfo,
	'manual.step.sms.setup-phone-number': 'Register your mobile number',
	'manual.step.sms.setup-enter-code': 'Type the code from the text message',
	'manual.step.sms.setup-done': 'Press “Done”',
	'manual.step.sms.signin-sign-in': signInAgain,
	'manual.step.sms.signin-enter-code': 'Type the code from the text message',
	'manual.step.sms.signin-done': signInDone,
	'manual.step.call.setup-sign-in': signInFirst,
	'manual.step.call.setup-more-info': moreInfo,
	'manual.step.call.setup-phone-number': 'Register the number to call',
	'manual.step.call.setup-answer-call': 'Press “Answer”, then “#” on the keypad',
	'manual.step.call.setup-done': 'Press “Done” on “Verification successful”',
	'manual.step.call.signin-sign-in': signInAgain,
	'manual.step.call.signin-answer-call': 'Press “Answer”, then “#” on the keypad',
	'manual.step.call.signin-done': signInDone,
	'manual.step.push.setup-sign-in': signInFirst,
	'manual.step.push.setup-more-info': moreInfo,
	'manual.step.push.setup-choose-app': chooseApp,
	'manual.step.push.setup-install-app': installApp,
	'manual.step.push.setup-app-first-launch': appFirstLaunch,
	'manual.step.push.setup-scan-qr': scanQr,
	'manual.step.push.setup-account-added': accountAdded,
	'manual.step.push.setup-check-code': checkCode,
	'manual.step.push.setup-configure-next': configureNext,
	'manual.step.push.setup-choose-notification': 'Choose “Receive notifications for verification” and press “Next”',
	'manual.step.push.setup-approve': 'Press “Approve” on the phone',
	'manual.step.push.setup-backup-phone': 'Add a backup phone number and press “Done”',
	'manual.step.push.signin-sign-in': signInAgain,
	'manual.step.push.signin-request-sent': 'A request is sent to your phone',
	'manual.step.push.signin-approve': 'Press “Approve” on the phone',
	'manual.step.push.signin-done': signInDone,
	'manual.step.code.setup-sign-in': signInFirst,
	'manual.step.code.setup-more-info': moreInfo,
	'manual.step.code.setup-choose-app': chooseApp,
	'manual.step.code.setup-install-app': installApp,
	'manual.step.code.setup-app-first-launch': appFirstLaunch,
	'manual.step.code.setup-scan-qr': scanQr,
	'manual.step.code.setup-account-added': accountAdded,
	'manual.step.code.setup-check-code': checkCode,
	'manual.step.code.setup-configure-next': configureNext,
	'manual.step.code.setup-choose-code': 'Choose “Use verification code” and press “Next”',
	'manual.step.code.setup-enter-code': 'Type the six-digit code from the app',
	'manual.step.code.setup-backup-phone': 'Add a backup phone number and press “Done”',
	'manual.step.code.signin-sign-in': signInAgain,
	'manual.step.code.signin-enter-code': 'Type the six-digit code from the app',
	'manual.step.code.signin-done': signInDone,

	// The simulator's guide: what to do at each step, in one line; the chapter has the full
	// text. Keys are manual.guide.<step id>, or manual.guide.<method>:<step id> where the methods differ
	// ("manual.guide.code:setup-enter-code"). {days} and {number} are filled in by the practice page.
	'manual.guide.setup-sign-in': 'Press “Sign in” on the PC. The practice account and password are filled in.',
	'manual.guide.setup-more-info': 'Press “Next” on the PC.',
	'manual.guide.setup-choose-app': 'Choose “Mobile app” as the contact method and press “Set up”.',
	'manual.guide.setup-install-app': 'On the phone, open “Store”, “Get” Microsoft Authenticator, then press “Open”.',
	'manual.guide.setup-app-first-launch': 'On the phone, press “I agree”, then “Scan a QR code”.',
	'manual.guide.setup-scan-qr': 'Point the phone’s camera at the QR code on the PC and press “Read the QR code”.',
	'manual.guide.setup-account-added': 'Your account is now in the app. Tap “{account}” to open it.',
	'manual.guide.setup-check-code': 'If a six-digit code shows, the app and your account are linked. Go on to the next step.',
	'manual.guide.setup-configure-next': 'Press “Next” on the PC’s “Configure mobile app” page.',
	'manual.guide.setup-choose-notification': 'Choose “Receive notifications for verification” and press “Next”.',
	'manual.guide.setup-approve': 'Open the notification on the phone and press “Approve”.',
	'manual.guide.setup-backup-phone': 'A backup phone number is optional. Press “Done”.',
	'manual.guide.signin-sign-in': 'Sign in again: press “Sign in” on the PC.',
	'manual.guide.signin-request-sent':
		'A notification arrives on the phone. Tick “Don’t ask again for {days} days” on the PC if you like, then open the notification.',
	'manual.guide.signin-approve': 'Press “Approve” on the phone. If you are not the one signing in, press “Deny”.',
	'manual.guide.signin-done': 'You are signed in. You can also try how a trusted PC is not asked again until the days run out.',
	'manual.guide.code:setup-choose-code': 'Choose “Use verification code” and press “Next”.',
	'manual.guide.code:setup-enter-code':
		'Type the six-digit code shown in the phone’s app on the PC and press “Verify”. The code changes every 30 seconds.',
	'manual.guide.code:signin-enter-code':
		'Type the six-digit code shown in the phone’s app and press “Verify”. Tick “Don’t ask again for {days} days” if you like.',
	'manual.guide.sms:setup-phone-number':
		'Keep “Authentication phone”, choose “Japan (+81)” and type the practice phone’s number, {number}. Under “Method”, ' +
		'choose “Send me a code by text message” and press “Next”.',
	'manual.guide.sms:setup-enter-code': 'Open the text message on the phone, type its six-digit code on the PC and press “Verify”.',
	'manual.guide.sms:signin-enter-code':
		'Type the code from the new text message and press “Verify”. Tick “Don’t ask again for {days} days” if you like.',
	'manual.guide.setup-done': 'When “Verification successful” appears, press “Done”.',
	'manual.guide.call:setup-phone-number':
		'Keep “Authentication phone”, choose “Japan (+81)” and type the practice phone’s number, {number}. Under “Method”, ' +
		'choose “Call me” and press “Next”.',
	'manual.guide.call:setup-answer-call': 'The phone rings. Press “Answer”, then “#” on the keypad.',
	'manual.guide.call:signin-answer-call':
		'The phone rings. Tick “Don’t ask again for {days} days” on the PC if you like, ' +
		'then press “Answer” and “#”.',
};
