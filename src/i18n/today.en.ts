import type today from './today.ja';

/**
 * Today's edition in English, with the keys of today.ja.ts (see there for the sources' keys). A line
 * has its own source comment where its English words have a source (or none) of their own; otherwise
 * they follow the Japanese line's, and `npm run facts` reports them so.
 */

const signIn = 'Sign in with your university account';
const stay = 'Press “Yes” or “No” on “Stay signed in?”';
const prompt = 'Asked to create a passkey, press “Skip for now” or “Next”';

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'today.step.sms.setup-sign-in': signIn,
	'today.step.sms.setup-more-info': 'Press “Next” on “Let’s keep your account secure”',
	'today.step.sms.setup-other-options': 'Press “Other options” and choose “Phone”',
	'today.step.sms.setup-phone-number': 'Enter your number and choose “Text me a code”',
	'today.step.sms.setup-enter-code': 'Enter the six-digit code from the text message',
	'today.step.sms.setup-done': 'Check that your phone is registered and press “Done”',
	'today.step.sms.setup-stay-signed-in': stay,
	'today.step.sms.signin-sign-in': signIn,
	'today.step.sms.signin-enter-code': 'Enter the code from the text message',
	'today.step.sms.signin-passkey-prompt': prompt,
	'today.step.sms.signin-done': 'You are signed in',
	'today.step.call.setup-sign-in': signIn,
	'today.step.call.setup-more-info': 'Press “Next” on “Let’s keep your account secure”',
	'today.step.call.setup-other-options': 'Press “Other options” and choose “Phone”',
	'today.step.call.setup-phone-number': 'Enter your number and choose “Call me”',
	'today.step.call.setup-answer-call': 'Press “Answer”, then “#” on the keypad',
	'today.step.call.setup-done': 'Check that your phone is registered and press “Done”',
	'today.step.call.setup-stay-signed-in': stay,
	'today.step.call.signin-sign-in': signIn,
	'today.step.call.signin-answer-call': 'Press “Answer”, then “#” on the keypad',
	'today.step.call.signin-passkey-prompt': prompt,
	'today.step.call.signin-done': 'You are signed in',
	'today.step.push.setup-sign-in': signIn,
	'today.step.push.setup-more-info': 'Press “Next” on “Let’s keep your account secure”',
	'today.step.push.setup-install-app': 'Install the app on your phone, then press “Next” on the PC',
	'today.step.push.setup-app-first-launch': 'Open the app and press “Scan a QR code”',
	'today.step.push.setup-scan-qr': 'Scan the QR code shown on the PC',
	'today.step.push.setup-approve': 'Type the number from “Let’s try it out” on your phone and press “Yes”',
	'today.step.push.setup-done': 'Press “Done” on “Authenticator Added”',
	'today.step.push.setup-stay-signed-in': stay,
	'today.step.push.signin-sign-in': signIn,
	'today.step.push.signin-request-sent': 'Note the two-digit number shown on the PC',
	'today.step.push.signin-approve': 'Type the number on your phone and press “Yes”',
	'today.step.push.signin-done': 'You are signed in',
	'today.step.push.signin-unexpected-request': 'Deny a request you did not make and press “Report”',
	'today.step.code.setup-sign-in': signIn,
	'today.step.code.setup-more-info': 'Press “Next” on “Let’s keep your account secure”',
	'today.step.code.setup-choose-app': 'Choose “Set up a different authentication app”',
	'today.step.code.setup-app-first-launch': 'Open your authenticator app and press “Add account”',
	'today.step.code.setup-scan-qr': 'Scan the QR code shown on the PC',
	'today.step.code.setup-enter-code': 'Enter the six-digit code from the app',
	'today.step.code.setup-done': 'Check that the app is registered and press “Done”',
	'today.step.code.setup-stay-signed-in': stay,
	'today.step.code.signin-sign-in': signIn,
	'today.step.code.signin-enter-code': 'Enter the six-digit code from the app',
	'today.step.code.signin-done': 'You are signed in',

	'today.guide.setup-sign-in': 'Press “Sign in” on the PC (this is practice: the password is filled in).',
	'today.guide.setup-more-info': '“Let’s keep your account secure” appears. Press “Next” on the PC.',
	'today.guide.setup-install-app':
		'On the phone, press “Store”, then “Get” and “Open” for Microsoft Authenticator. ' +
		'Then press “Next” on the PC.',
	'today.guide.setup-app-first-launch':
		'On the phone, press “Accept”, “Continue” and “Scan a QR code”, ' +
		'then “Allow” and “OK” for notifications and the camera. Press “Next” on the PC too.',
	'today.guide.code:setup-choose-app':
		'This practice uses an authenticator app’s code. Press “Set up a different authentication app” on the PC.',
	'today.guide.code:setup-app-first-launch':
		'On the phone, press “Store”, then “Get” and “Open” for an authenticator app. In the app, ' +
		'press “Add account”, then “OK” for the camera, and press “Next” on the PC.',
	'today.guide.setup-scan-qr':
		'Point the phone’s camera at the QR code on the PC and press “Read the QR code”. When the account appears, ' +
		'press “Next” on the PC.',
	'today.guide.setup-approve':
		'Open the notification on the phone, type the two-digit number shown on the PC under “Let’s try it out”, ' +
		'and press “Yes”. If the numbers did not match, press “Send it again” on the PC.',
	'today.guide.push:setup-done': 'When “Authenticator Added” appears, press “Done”.',
	'today.guide.setup-done': 'Check that it is registered and press “Done”.',
	'today.guide.setup-stay-signed-in': 'On “Stay signed in?”, press “Yes” on your own PC, “No” on a shared one.',
	'today.guide.code:setup-enter-code':
		'On the phone, tap “{account}” to show its code, type the six-digit code into the PC and press “Next”.',
	'today.guide.sms:setup-other-options':
		'This practice uses a phone number. On the PC, press “Other options”, choose “Phone” and press “Confirm”.',
	'today.guide.call:setup-other-options':
		'This practice uses a phone number. On the PC, press “Other options”, choose “Phone” and press “Confirm”.',
	'today.guide.sms:setup-phone-number':
		'Keep “Japan (+81)”, type the practice phone’s number {number}, choose “Text me a code” and press “Next”.',
	'today.guide.call:setup-phone-number':
		'Keep “Japan (+81)”, type the practice phone’s number {number}, choose “Call me” and press “Next”.',
	'today.guide.sms:setup-enter-code': 'Type the six-digit code from the text message into the PC and press “Next”.',
	'today.guide.call:setup-answer-call': 'The phone rings: press “Answer”, then “#” on the keypad.',
	'today.guide.signin-sign-in': 'The next day, sign in again: press “Sign in” on the PC.',
	'today.guide.signin-request-sent':
		'The PC shows “Approve sign in request” with a two-digit number. Open the notification on the phone.',
	'today.guide.signin-approve':
		'Type the number shown on the PC into the phone and press “Yes”. If the numbers did not match, ' +
		'press “Send it again” on the PC.',
	'today.guide.signin-done': 'Press “Yes” or “No” on “Stay signed in?” and you are signed in.',
	'today.guide.push:signin-done':
		'Press “Yes” or “No” on “Stay signed in?” and you are signed in. ' +
		'Then the last drill: press “Practice: a notification you did not expect” on the PC.',
	'today.guide.signin-unexpected-request':
		'A notification arrived though you are not signing in. Open it, press “No, it’s not me”, then “Report”.',
	'today.guide.code:signin-enter-code': 'Type the six-digit code the phone’s app shows into the PC and press “Verify”.',
	'today.guide.sms:signin-enter-code': 'Type the code from the text message into the PC and press “Verify”.',
	'today.guide.call:signin-answer-call': 'The phone rings: press “Answer”, then “#” on the keypad.',
	'today.guide.signin-passkey-prompt':
		'Once signed in, you are asked to create a passkey. In this practice, press “Skip for now”. {passkey}',
	'today.guide.passkeyElsewhere': 'The passkey practice lets you create one.',

	'pc.today.next': 'Next',
	'pc.today.back': 'Back',
	'pc.today.cancel': 'Cancel',
	'pc.today.done': 'Done',
	'pc.today.secure.title': 'Let’s keep your account secure',
	'pc.today.secure.body': 'We’ll help you set up another way to verify it’s you.',
	'pc.today.secure.otherAccount': 'Use a different account',
	'pc.today.secure.moreInfo': 'Learn more about verifying your identity',
	'pc.today.install.title': 'Install Microsoft Authenticator',
	'pc.today.install.body': 'Install the app on your mobile device, then come back here to continue.',
	'pc.today.install.otherApp': 'Set up a different authentication app',
	'pc.today.install.otherOptions': 'Other options',
	'pc.today.options.title': 'Which method would you like to use?',
	'pc.today.options.phone': 'Phone',
	'pc.today.options.app': 'Microsoft Authenticator',
	'pc.today.options.confirm': 'Confirm',
	'pc.today.appSetup.title': 'Set up your account in app',
	'pc.today.appSetup.push': 'When prompted, allow notifications. Then add an account, and select “Work or school”.',
	'pc.today.appSetup.code': 'In your authenticator app, add a new account.',
	'pc.today.scan.title': 'Scan the QR code',
	'pc.today.scan.push': 'Use the Microsoft Authenticator app to scan the QR code. This will connect the app with your account.',
	'pc.today.scan.code': 'Use your authenticator app to scan the QR code.',
	'pc.today.scan.cant': 'Can’t scan the QR code?',
	'pc.today.scan.pushKey': 'Enter this code and URL into the app.',
	'pc.today.scan.codeLabel': 'Code:',
	'pc.today.scan.urlLabel': 'URL:',
	'pc.today.scan.codeKey': 'Enter the following into your authenticator app.',
	'pc.today.scan.account': 'Account name:',
	'pc.today.scan.secret': 'Secret key:',
	'pc.today.try.title': 'Let’s try it out',
	'pc.today.try.body': 'Approve the notification we’re sending to your app by entering the number shown below.',
	'pc.today.number': 'Number: {n}',
	'pc.today.failed.denied': 'Request denied',
	'pc.today.failed.expired': 'We didn’t hear from you',
	'pc.today.failed.mismatch': 'The numbers didn’t match',
	'pc.today.failed.body': 'Send it again and a new notification arrives with a new number.',
	'pc.today.failed.retry': 'Send it again',
	'pc.today.added.push': 'Authenticator Added',
	'pc.today.added.pushBody': 'Microsoft Authenticator is now your default sign-in method.',
	'pc.today.added.code': 'Authenticator app added',
	'pc.today.added.codeBody': 'You can now sign in with your authenticator app’s code.',
	'pc.today.added.phone': 'Phone registered',
	'pc.today.added.sms': 'SMS verified. Your phone was registered successfully.',
	'pc.today.added.call': 'Call answered. Your phone was registered successfully.',
	'pc.today.stay.title': 'Stay signed in?', // [ED-KMSI]
	'pc.today.stay.body': 'Do this to reduce the number of times you are asked to sign in.',
	'pc.today.stay.dontShow': 'Don’t show this again', // [ED-KMSI]
	'pc.today.stay.no': 'No',
	'pc.today.stay.yes': 'Yes',
	'pc.today.approve.title': 'Approve sign in request',
	'pc.today.approve.body': 'Open your Authenticator app, and enter the number shown to sign in.', // [3P]
	'pc.today.approve.noNumbers': 'No numbers in your app? Make sure to upgrade to the latest version.',
	'pc.today.approve.cantUse': 'I can’t use my Microsoft Authenticator app right now',
	'pc.today.ways.title': 'Verify your identity', // UNVERIFIED
	'pc.today.ways.approve': 'Approve a request on my Microsoft Authenticator app', // [3P-EDUHK]
	'pc.today.ways.code': 'Use a verification code',
	'pc.today.code.title': 'Enter code',
	'pc.today.code.app': 'Enter the code displayed in the authenticator app on your mobile device.',
	'pc.today.code.setup': 'Enter the six-digit code shown in your authenticator app.',
	'pc.today.code.sms': 'We texted your phone {number}. Please enter the code to sign in.',
	'pc.today.code.smsSetup': 'We just sent a 6 digit code to {number}. Enter the code below.',
	'pc.today.code.verify': 'Verify',
	'pc.today.code.resend': 'Resend code',
	'pc.today.phone.title': 'Phone',
	'pc.today.phone.question': 'What phone number would you like to use?',
	'pc.today.phone.country': 'Country or region',
	'pc.today.phone.number': 'Enter phone number',
	'pc.today.phone.how': 'How to verify',
	'pc.today.phone.sms': 'Text me a code',
	'pc.today.phone.call': 'Call me',
	'pc.today.phone.note': 'Message and data rates may apply.',
	'pc.today.call.setup': 'We’re calling {number} now.',
	'pc.today.call.signin': 'We’re calling your phone. Please answer it to continue.',
	'pc.today.call.reported': 'Reported as suspicious activity',
	// UNVERIFIED: paraphrases (see today.ja.ts).
	'phone.today.call.voice':
		'Voice (in substance): this is Microsoft’s sign-in verification. To finish verifying, press the # key. If you are not trying to ' +
		'sign in, press 0 and then # to report suspicious activity.',
	'phone.today.call.voice.reported': 'Voice (in substance): this sign-in has been reported as suspicious activity.',
	'pc.today.call.reportedBody':
		'You pressed 0# on the call and reported this sign-in. It was not completed. If it was not you signing in, change your password now ' +
		'and tell the helpdesk.',
	'pc.today.service.stranger': 'Practice: a notification you did not expect',
	'pc.today.service.next': 'One last drill: press “{drill}”.',
	'pc.today.stranger.title': 'Practice: you are not signing in now',
	'pc.today.stranger.body':
		'You are not signing in to anything. Someone who knows your password is signing in from far away. Practise how to answer the ' +
		'notification on your phone.',
	'pc.today.outcome.reported': 'You denied and reported it: the right answer',
	'pc.today.outcome.reportedBody':
		'They could not sign in. The report reaches the university’s administrators. Your password is known: change it now and tell the ' +
		'helpdesk.',
	'pc.today.outcome.denied': 'You denied it: report it too',
	'pc.today.outcome.deniedBody':
		'They could not sign in. Next time choose Report as well. Your password is known: change it now and tell the helpdesk.',
	'pc.today.outcome.approved': 'You pressed Yes',
	'pc.today.outcome.approvedBody':
		'With the right number, whoever has your password would now be in your account, reading your mail and files. Never give anyone the ' +
		'number, whoever asks. Change your password now and tell the helpdesk.',
	'pc.today.outcome.expired': 'The request expired without an answer',
	'pc.today.outcome.expiredBody':
		'They could not sign in, but your password is known. Next time press No and report it; change your password now and tell the helpdesk.',
	'pc.today.outcome.back': 'Continue the practice',

	'phone.today.consent.title': 'Microsoft respects your privacy',
	'phone.today.consent.body': 'A practice screen: the real app explains here how it handles your data.',
	'phone.today.consent.accept': 'Accept',
	'phone.today.quality.title': 'Help us improve Microsoft Authenticator',
	'phone.today.quality.continue': 'Continue',
	'phone.today.intro.title': 'Secure Your Digital Life',
	'phone.today.intro.add': 'Scan a QR code', // UNVERIFIED: Learn says “Add work or school account” [ED-PK]
	'phone.today.otherApp.title': 'Authenticator app',
	'phone.today.otherApp.add': 'Add account',
	'phone.today.notify.title': '“Authenticator” Would Like to Send You Notifications',
	'phone.today.notify.body': 'Without notifications, sign-in requests cannot reach you.',
	'phone.today.notify.deny': 'Don’t Allow',
	'phone.today.notify.allow': 'Allow',
	'phone.today.camera.title': '“Authenticator” Would Like to Access the Camera',
	'phone.today.camera.ok': 'OK',
	'phone.today.approve.title': 'Are you trying to sign in?',
	'phone.today.approve.app': 'App: {app}',
	'phone.today.approve.where': 'Location: {place}',
	'phone.today.approve.appName': 'Office 365',
	'phone.today.approve.here': 'Japan',
	'phone.today.approve.far': 'Amsterdam, Netherlands',
	'phone.today.approve.number': 'Enter the number shown to sign in',
	'phone.today.approve.cantSee': 'I can’t see the number',
	'phone.today.approve.no': 'No, it’s not me', // UNVERIFIED ([3P] mocks only)
	'phone.today.approve.yes': 'Yes',
	'phone.today.peek': 'The request comes back in 3 seconds.',
	'phone.today.report.title': 'Report suspicious activity?',
	'phone.today.report.body': 'A report tells the university’s administrators.',
	'phone.today.report.yes': 'Report', // UNVERIFIED
	'phone.today.report.no': 'Don’t report', // UNVERIFIED ([3P-OTEMON] gives the Japanese 「無視」, Ignore)
	'phone.today.answered.reported': 'Denied and reported.',
	'phone.today.answered.denied': 'Denied.',
	'phone.today.answered.approved': 'Approved.',
	'error.notifications-off': 'This practice needs Allow: without notifications, sign-in requests cannot reach you.',

	'error.push-mismatch':
		'The number you typed did not match the one on the sign-in screen, so this request was not approved. ' +
		'Press “Send it again” on the PC for a new request with a new number.',
	'error.push-reported': 'You have already reported this request.',
	'error.no-qr-yet': 'No QR code found. Once the PC shows “Scan the QR code”, point the camera at it and press “Read the QR code”.',
	'error.number-empty': 'Type the two-digit number shown on the sign-in screen.',
	'error.number-invalid': 'Type the number as two digits (for example 42).',
	'error.choose-other-app': 'This practice uses an authenticator app’s code: press “Set up a different authentication app”.',
	'error.choose-other-options': 'This practice uses a phone number: press “Other options”.',
	'error.choose-skip': 'This practice creates no passkey: press “Skip for now”.',
	'error.choose-authenticator': 'This practice uses Microsoft Authenticator: press Next.',
	'alt.today.number': 'the PC shows the two-digit number {n}',
	'alt.today.request': '“Are you trying to sign in?”: app {app}, location {place}',
	// The passkey chapter and practice: today's only. Sources and UNVERIFIED marks as in today.ja.ts.
	'today.step.passkey.setup-sign-in': signIn,
	'today.step.passkey.setup-enter-code': 'Sign in with the text’s code as usual',
	'today.step.passkey.setup-passkey-prompt': 'Asked to create a passkey, press “Next”',
	'today.step.passkey.setup-open-app': 'Press “Add work or school account” in Authenticator',
	'today.step.passkey.setup-create-passkey': 'Create the passkey in the app, then press “Next” on the PC',
	'today.step.passkey.setup-done': 'Press “Done” on “Passkey added”',
	'today.step.passkey.signin-sign-in': signIn,
	'today.step.passkey.signin-scan-qr': 'Scan the QR code on the PC with your phone',
	'today.step.passkey.signin-unlock': 'Press “Unlock” to use the passkey',
	'today.step.passkey.signin-done': 'You are signed in',
	'today.step.passkey.signin-no-bluetooth': 'Sign in on a PC without Bluetooth',
	'today.guide.passkey:setup-enter-code': 'As usual, type the code texted to the phone on the PC and press “Verify”.',
	'today.guide.passkey:setup-passkey-prompt':
		'Once signed in, you are asked to create a passkey. ' +
		'Press “Next” on the PC (with “Skip for now” it asks again next time).',
	'today.guide.passkey:setup-open-app': 'On the phone, open Authenticator, press “Add work or school account” and sign in.',
	'today.guide.passkey:setup-create-passkey':
		'In the app, press “Create a passkey” and “Unlock”. Turn the passkey provider on, press “Done”, ' +
		'then press “Next” on the PC.',
	'today.guide.passkey:setup-done': 'When “Passkey added” shows, press “Done”.',
	'today.guide.passkey:signin-sign-in':
		'The next day, press “Sign in” on the PC, then choose “iPhone, iPad, or Android device” and press “Next”.',
	'today.guide.passkey:signin-scan-qr': 'The PC shows a QR code. Open the phone’s Camera and scan it.',
	'today.guide.passkey:signin-unlock': 'The phone has reached the PC over Bluetooth. Press “Unlock” to use the passkey.',
	'today.guide.passkey:signin-done':
		'Press “Yes” or “No” on “Stay signed in?” and you are done. To practise on, press “Practice: a PC without Bluetooth”.',
	'today.guide.passkey:signin-no-bluetooth':
		'Press “Sign in with a different method” and “Text {masked}”, then type the code and press “Verify”.',
	'pc.today.passkey.prompt.title': 'Create a passkey', // UNVERIFIED
	'pc.today.passkey.prompt.body':
		'With a passkey you sign in with your phone’s face recognition, fingerprint or PIN, without typing a code.', // UNVERIFIED
	'pc.today.passkey.prompt.skip': 'Skip for now', // [ED-RC]
	'pc.today.passkey.openApp.title': 'Create your passkey in the Authenticator app', // UNVERIFIED
	// UNVERIFIED (after [ED-PK]: "You're prompted to open the Authenticator app and create your passkey there.")
	'pc.today.passkey.openApp.body': 'Open the Microsoft Authenticator app on your phone and create your passkey there. Then press Next.',
	'pc.today.added.passkey': 'Passkey added', // UNVERIFIED
	'pc.today.added.passkeyBody': 'You can now sign in with the passkey in Microsoft Authenticator.', // UNVERIFIED
	'pc.today.passkey.where.caption': 'Windows Security', // [3P-AUTHCHOOSER]
	'pc.today.passkey.where.title': 'Sign in with your passkey', // [3P-AUTHCHOOSER]
	// [3P-AUTHCHOOSER], with the domain of Microsoft Entra's passkeys, login.microsoft.com [LRN-WIN-PASSKEYS]
	'pc.today.passkey.where.body': 'To sign in to “login.microsoft.com”, choose a device with a saved passkey.',
	'pc.today.passkey.where.phone': 'iPhone, iPad, or Android device', // [ED-PK-SIGNIN]
	'pc.today.passkey.where.key': 'Security key', // [LRN-WIN-PASSKEYS][3P-AUTHCHOOSER]
	'pc.today.passkey.where.next': 'Next', // [LRN-WIN-PASSKEYS]
	// [UT] on the pages of a code, a text or a call (facts §7.1); UNVERIFIED on the page of a passkey ("Other ways to sign in")
	'pc.today.passkey.otherWay': 'Sign in with a different method',
	// ours: the practice draws the sign-in page and the dialog in front of it as one screen
	'pc.today.passkey.behind': 'Practice: the button below is the sign-in page’s, behind Windows’ dialog.',
	'pc.today.passkey.ways.passkey': 'Face, fingerprint, PIN or security key', // [UT] (facts §7.1)
	'pc.today.passkey.ways.sms': 'Text {number}', // UNVERIFIED
	'pc.today.passkey.qr.title': 'Use a phone or tablet', // UNVERIFIED (the browser's or Windows' dialog)
	'pc.today.passkey.qr.body': 'Scan this QR code with the camera of the device where you saved your passkey.', // UNVERIFIED
	'pc.today.passkey.qr.bluetooth': 'Turn Bluetooth on on the PC and the phone, and keep the phone near the PC.', // ours (facts §8.4)
	'pc.today.passkey.connected.title': 'Check your phone', // UNVERIFIED
	'pc.today.passkey.connected.body': 'Your phone is connected. Follow the instructions on your phone.', // UNVERIFIED
	'pc.today.passkey.failed.expired': 'The QR code has expired',
	'pc.today.passkey.failed.expiredBody':
		'It was not scanned in time, so this QR code no longer works. Try again for a new QR code.',
	'pc.today.passkey.failed.cancelled': 'Cancelled on the phone',
	'pc.today.passkey.failed.cancelledBody':
		'You cancelled the unlock on the phone, so you are not signed in. Try again: scan the QR code and unlock.',
	'pc.today.passkey.failed.retry': 'Try again',
	'pc.today.passkey.skipped':
		'Practice: you skipped creating a passkey. You will be asked again at your next sign-in. From 1 February 2027, ' +
		'people with only a text or call registered cannot skip it.',
	'pc.today.passkey.service.drill': 'You can also practise signing in on a PC without Bluetooth (a computer room’s, say).', // ours
	'pc.today.passkey.service.noBluetooth': 'Practice: a PC without Bluetooth', // ours
	'pc.today.passkey.noBluetooth':
		'Practice: you are signing in on a PC without Bluetooth (a computer room’s, say). The password is filled in.', // ours
	'phone.today.passkey.camera': 'Camera',
	'phone.today.passkey.addWork': 'Add work or school account', // [ED-PK]
	'phone.today.passkey.signIn.title': 'Sign in', // UNVERIFIED
	'phone.today.passkey.signIn.note':
		'A practice screen. The real app checks your password and a texted code here.',
	'phone.today.passkey.signIn.button': 'Sign in', // UNVERIFIED
	'phone.today.passkey.account.body': 'You can create a passkey for this account.', // UNVERIFIED
	'phone.today.passkey.account.create': 'Create a passkey', // [ED-PK]
	'phone.today.passkey.unlock.createTitle': 'Create a passkey?',
	'phone.today.passkey.unlock.createBody': 'Unlock to create a passkey on this phone.',
	'phone.today.passkey.unlock.signInTitle': 'Sign in with your passkey?',
	'phone.today.passkey.unlock.signInBody': 'Connected to the PC over Bluetooth. Unlock to sign in on the PC with your passkey.',
	'phone.today.passkey.unlock.note': 'In the practice, the button stands in for your face, fingerprint or PIN.',
	'phone.today.passkey.unlock.cancel': 'Cancel',
	'phone.today.passkey.unlock.unlock': 'Unlock',
	'phone.today.passkey.provider.title': 'Make Authenticator a passkey provider', // UNVERIFIED
	'phone.today.passkey.provider.body': 'Turn Authenticator on in the phone’s settings (in the practice, the button below does it).',
	'phone.today.passkey.provider.ios': 'iPhone',
	'phone.today.passkey.provider.iosPath': 'Settings > General > AutoFill & Passwords', // [ED-PK] (iOS 18)
	// UNVERIFIED: "Passwords & accounts" in the 2024 [ED-PK]; newer Android says "Passwords, passkeys & accounts"
	'phone.today.passkey.provider.androidPath': 'Settings > Passwords, passkeys & accounts',
	'phone.today.passkey.provider.android': 'Android',
	'phone.today.passkey.provider.on': 'Turn on', // ours
	'phone.today.passkey.created.title': 'Passkey created', // UNVERIFIED
	'phone.today.passkey.created.body': 'Go back to the PC and press Next.', // UNVERIFIED
	'phone.today.passkey.done': 'Done', // [ED-PK]
	'phone.today.passkey.used.title': 'Signed in', // UNVERIFIED
	'phone.today.passkey.used.body': 'Go back to the PC.', // UNVERIFIED
	'error.unlock-cancelled': 'You cancelled the unlock, so no passkey was created. Press “Create a passkey” again and unlock.',
	'error.passkey-not-created': 'There is no passkey yet. Create it in Authenticator on the phone, then press Next.',
	'error.passkey-unknown': 'This QR code could not be read. Scan the QR code shown on the PC.',
	'error.passkey-expired': 'This QR code has expired. Press “Try again” on the PC and scan the new QR code.',
	'error.passkey-used': 'This QR code has already been used. Scan the new QR code shown on the PC.',
	'error.choose-phone-device': 'This practice’s passkey is on the phone: choose “iPhone, iPad, or Android device” and press Next.',
	'error.no-bluetooth': 'This PC has no Bluetooth, so it cannot use your phone’s passkey. Press “Sign in with a different method”.',
	'error.no-passkey-qr': 'No QR code found. Point the camera at the PC once it shows “Use a phone or tablet”.',
	'alt.today.passkeyQr': 'a QR code to sign in with a passkey',
} as const satisfies Record<keyof typeof today, string>;
