import finder from './finder.en';
import type ja from './ja';
import lookup from './lookup.en';
import manage from './manage.en';
import managePractice from './manage-practice.en';
import manual from './manual.en';
import passkeyDemo from './passkey-demo.en';
import today from './today.en';

type Key = keyof typeof ja;

/**
 * Every string of the site in English, with the keys of ja.ts (see there). The
 * `satisfies` makes a key missing here a type error.
 */

// Long strings are split by hand so that each line stays within 140 bytes: the formatter
// counts a Japanese character as two columns, not three bytes, and would join the pieces again.
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	// Today's edition: step titles, guide lines and screen labels, with their sources (today.*.ts).
	...today,
	// The manual's edition: its step titles and guide lines (manual.*.ts).
	...manual,
	// After enrolment: the chapter's steps, the Security info page's labels with their sources, its refusals (manage.*.ts).
	...manage,
	// Its practice (manage-practice.*.ts): the scenarios, their guide lines, the practice's own pages.
	...managePractice,
	...passkeyDemo,
	// The screen finder's page (finder.*.ts).
	...finder,
	// The message lookup's entries and page (lookup.*.ts).
	...lookup,
	'site.title': '{institution} MFA guide',
	'sidebar.overview': 'Overview',
	'sidebar.choose': 'Choose a method',
	'sidebar.steps': 'Step by step',
	'sidebar.practice': 'Practice',
	'sidebar.manual': 'The manual (December 2020)',
	'sidebar.troubleshooting': 'Troubleshooting',
	'sidebar.helpdesk': 'Step links for the helpdesk',

	// The chapters: phases and steps, methods, notices, the contact box, the overview's
	// advice and the links to practise.
	'phase.setup': 'First-time registration',
	'phase.signin': 'Next sign-ins',
	'step.label': 'Step',
	'step.copyLink': 'Copy link',
	'step.copied': 'Link copied',
	'step.copyFailed': 'Could not copy. Long-press or right-click this link to copy it',
	'step.permalink': 'Link to this step',
	'step.manualPlace': 'Manual {number} (pp. {first}–{last})',
	'guideNote.label': 'Guide’s note',
	'method.sms': 'Text message (SMS)',
	'method.call': 'Phone call',
	'method.push': 'Approve in the app (Microsoft Authenticator)',
	'method.code': 'Code from the app (Microsoft Authenticator)',
	'method.passkey': 'Passkey (Microsoft Authenticator)',
	'method.short.sms': 'SMS',
	'method.short.call': 'Phone call',
	'method.short.push': 'App approval',
	'method.short.code': 'App code',
	'method.short.passkey': 'Passkey',
	// The overview's cards: the manual's own summary of each method and its trade-off.
	'method.blurb.sms': 'Receive a free text message on your mobile phone and type the code it contains. This is the usual choice.',
	'method.blurb.call':
		'Take a free call on a mobile or landline and confirm on the keypad. You must be able to answer a call, which is awkward in some ' +
		'places.',
	'method.blurb.push':
		'Type the two-digit number shown on your PC into a notification from the Microsoft Authenticator app and press Yes. The app ' +
		'stays resident and uses some battery.',
	'method.blurb.code':
		'Type the six-digit code shown in an authenticator app (Microsoft Authenticator or another). Microsoft Authenticator stays ' +
		'resident and uses some battery.',
	'method.blurb.passkey':
		'A passkey made in Microsoft Authenticator on your phone: sign in with your face, fingerprint or PIN. A fake site cannot ' +
		'use it. Text and call users have been asked to register one since September 2026.',
	'method.blurbRetiring.sms':
		'Receive a free text message on your mobile phone and type the code it contains. The manual (December 2020) recommended it; ' +
		'Microsoft stops sending these texts on 1 February 2027.',
	'method.notOffered': 'This method is not offered at the moment.',
	// Which edition a chapter or simulator shows (src/components/edition/EditionNote.astro).
	'edition.today.label': 'Screens as of November 2026.',
	'edition.today.body': 'Microsoft changes its screens without notice. They differ from the university’s manual of December 2020.',
	'edition.today.twin': 'Read the steps as the manual (December 2020) has them',
	'edition.today.twinPractice': 'Practise on the manual’s screens (December 2020)',
	'edition.today.noTwin': 'The manual (December 2020) has no passkeys: this chapter is the guide’s own.',
	'edition.manual.label': 'The steps as the university’s manual (December 2020) has them.',
	'edition.manual.body': 'Today’s Microsoft screens differ (the registration pages, typing a number for each notification).',
	'edition.manual.twin': 'Read the steps for today’s screens',
	'edition.manual.twinPractice': 'Practise on today’s screens',
	'edition.sources': 'Where this chapter’s screens come from',
	'edition.thirdParty': ' (third party)',
	'edition.sourcesNote':
		'Screens checked against public sources in November 2026. Where a label could not be checked, the text says so.',
	'notice.retirement.title': 'Upcoming change to SMS and phone-call verification',
	'notice.retirement.body':
		'Microsoft has announced that it will no longer send SMS verification codes or make verification calls itself, and that ' +
		'passkeys become the default sign-in method.',
	'notice.retirement.sep2026':
		'From 1 September 2026: people who verify by text or call are asked to register a passkey after signing in. For now they may ' +
		'skip it and do it later.',
	'notice.retirement.feb2027':
		'From 1 February 2027: Microsoft no longer sends texted codes or makes verification calls. Someone who has only a text or a ' +
		'call registered must register a passkey to go on.',
	'notice.retirement.org':
		'An institution can keep SMS and calls through a telecom provider, so follow your institution’s instructions on which methods ' +
		'you can use.',
	'notice.retirement.try': 'Try a passkey on your own device (practice)',
	'notice.retirement.source':
		'Source: Microsoft Learn, “Passkeys by default and retirement of Microsoft-provided SMS and voice authentication”',
	'notice.retirement.href': 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sms-voice-retirement',
	'smsGuide.title': 'About this chapter',
	'smsGuide.body':
		'{institution}’s manual (December 2020) leaves SMS to a separate guide and has no SMS chapter. This guide wrote this chapter in ' +
		'the shape of the manual’s other chapters.',
	'smsGuide.link': 'Read {institution}’s own guide to SMS',
	'helpdesk.title': 'Need help?',
	'helpdesk.email': 'Email',
	'helpdesk.phone': 'Phone',
	'helpdesk.hours': 'Hours',
	'helpdesk.web': 'Website',
	'advice.sms.lead': 'For everyday use, we recommend {n}, text message (SMS).',
	'advice.sms.rest': ' You just type the code sent to your mobile phone.',
	'advice.smartphone.lead': 'If you have a smartphone, we recommend {what}.',
	'advice.smartphone.passkeyAndApp': 'a passkey ({p}) or the app ({a})',
	'advice.smartphone.passkey': 'a passkey ({p})',
	'advice.smartphone.app': 'the app ({a})',
	'advice.smartphone.rest': ' Microsoft stops sending texted codes and making verification calls on 1 February 2027.',
	'advice.sms.manualLead': '{n}, text message (SMS),',
	'advice.sms.manualRest':
		' is what the manual (December 2020) recommended for everyday use: you just type the code sent to your mobile phone. From ' +
		'1 February 2027 these texts stop.',
	'advice.call.lead': '{n}, phone call,',
	'advice.call.rest': ' means you must answer a voice call. This can be awkward in some places, such as in class or in the library.',
	'advice.app.lead.one': '{n} uses the app',
	'advice.app.lead.other': '{n} use the app',
	'advice.app.rest': ', which keeps running in the background on your smartphone, so it uses some battery.',
	'advice.passkey.lead': 'A passkey ({n})',
	'advice.passkey.rest':
		' is the newer way, and a fake site cannot use it. Text and call users are asked to create one after signing in since ' +
		'September 2026; from 1 February 2027 a text or a call alone will not let them go on.',
	'advice.abroad.lead': 'When you are abroad',
	'advice.abroad.rest': ', receiving {what} while roaming can cost you money.',
	'advice.abroad.what.both': 'a text message or a call',
	'advice.abroad.what.sms': 'a text message',
	'advice.abroad.what.call': 'a call',
	'advice.abroad.app': 'Use the app ({n}) when you are outside Japan.',
	'advice.abroad.noApp': 'If you will need to sign in from abroad, talk to the helpdesk before you leave.',
	'advice.choose.before': 'Not sure? ',
	'advice.choose.link': 'Choose a method',
	'advice.choose.after': ' asks you a few questions and suggests the method that suits you.',

	'practiceLinks.title': 'Practise before the real thing',
	'practiceLinks.simulator':
		'A simulator of the PC and phone screens lets you try every step, from registration to signing in. Nothing is registered to any real ' +
		'account.',
	'practiceLinks.pairing': 'Scan a practice QR code with the authenticator app on your own phone and type the six-digit code it shows.',

	// Step titles, by method and step id: src/steps.ts lists each method's step ids in order.

	// The helpdesk tools: the step-link table, the method chooser, the troubleshooting
	// page's links and the language switch (the other language's name is its label in
	// src/i18n/locales.ts).
	'lang.switchTitle': 'Read this page in {language}',

	'helpdesk.caption': 'Every step of every method, with a link to it',
	// The table's two groups: today's screens first, then the manual's (src/components/helpdesk/StepTable.astro).
	'helpdesk.edition.today': 'Today’s screens (as of November 2026)',
	'helpdesk.edition.manual': 'The manual (December 2020)',
	'helpdesk.col.method': 'Method',
	'helpdesk.col.step': 'Step',
	'helpdesk.col.text': 'What to do (link to the step)',
	'helpdesk.col.share': 'Share and practise',
	'helpdesk.copy': 'Copy link',
	'helpdesk.copied': 'Link copied',
	'helpdesk.copyFailed': 'Could not copy. Select this link and copy it:',
	'helpdesk.qr': 'QR code',
	'helpdesk.qrShow': 'Show QR code',
	'helpdesk.qrHeading': 'Scan this with your phone’s camera',
	'helpdesk.qrImage': 'QR code of the link to this step',
	'helpdesk.qrLoading': 'Making the QR code…',
	'helpdesk.qrFailed': 'Could not make the QR code. Give the student the link above instead.',
	'helpdesk.close': 'Close',
	'helpdesk.practice': 'Practise',
	'helpdesk.practiceName': 'Practise in the simulator',

	'chooser.legend.device': 'Which phone can you use to verify?',
	'chooser.device.smartphone': 'A smartphone',
	'chooser.device.mobile': 'A mobile phone that is not a smartphone',
	'chooser.device.landline': 'Only a landline',
	'chooser.legend.abroad': 'Do you often sign in while abroad?',
	'chooser.legend.battery': 'Are you worried about your smartphone’s battery?',
	'chooser.yes': 'Yes',
	'chooser.no': 'No',
	'chooser.result.heading': 'Our suggestion',
	'chooser.result.pending': 'Answer the questions above to see which method suits you.',
	'chooser.result.recommended': 'Suggested:',
	'chooser.result.open': 'See the steps for “{method}”',
	'chooser.result.alternatives': 'Other methods that work for you',
	'chooser.result.none': 'No method fits',
	'chooser.case.home': 'Rarely abroad',
	'chooser.case.abroad': 'Often abroad',
	'chooser.case.battery': 'worried about battery',
	'chooser.case.nobattery': 'not worried about battery',
	'chooser.case.and': ', ',
	'chooser.case.arrow': ' → ',
	'chooser.askHelpdesk': 'Contact the helpdesk',
	'chooser.case.caution': 'Note:',

	'note.noApp': 'Text messages and calls need no app, so your smartphone’s battery is not a concern.',
	'note.usual': 'The manual (December 2020) recommends text messages (SMS) for everyday use. Receiving them is free.',
	'note.smsEnding':
		'The manual (December 2020) recommends SMS, but Microsoft stops sending texted codes and making verification calls on ' +
		'1 February 2027, and from then on someone with only a text or a call registered cannot go on until they register a ' +
		'passkey. With a smartphone, use a passkey or the app.',
	'note.smsVoiceEnds':
		'From 1 February 2027 Microsoft no longer sends texted codes or makes verification calls. Ask the helpdesk in good time which ' +
		'method you can use then.',
	'note.abroadApp': 'Receiving a text or a call while roaming abroad can cost money, so the manual recommends the app when you are abroad.',
	'note.offline': 'The app makes its codes on the phone itself, so they work with no signal and no data connection.',
	'note.battery': 'The app keeps running in the background, so it uses some battery.',
	'note.roamingCost': 'Receiving texts or calls while roaming abroad may cost you money.',
	'note.pushData':
		'Approving in the app needs an internet connection to receive the notification. Mobile data while roaming abroad costs money, ' +
		'so use Wi-Fi.',
	// The passkey (not in the manual): facts §8 and §10.
	'note.passkey':
		'The passkey is made in Microsoft Authenticator on your phone. A fake site cannot use it; to sign in on a PC you scan a QR ' +
		'code and the phone connects over Bluetooth.',
	'note.passkeySoon':
		'Since September 2026, text and call users are asked to register a passkey after signing in. From 1 February 2027 a text or ' +
		'a call alone will not let you go on, so register a passkey as well, in good time.',
	'note.landlineAbroad': 'While you are abroad, you cannot answer calls to your landline in Japan. Talk to the helpdesk before you leave.',
	'note.callAwkward': 'You must answer a voice call, which can be awkward in some places, such as in class or in the library.',
	'note.notOfferedFallback': 'The method that would suit you best is not offered here, so this is the next best one.',
	'note.noneOffered': 'None of the methods offered works with this phone. Please contact the helpdesk.',

	'steplink.where': '{method}: {phase}, step {number}',
	'steplink.withTitle': '{where}, “{title}”',
	'contact.email': 'email',
	'contact.phone': 'phone',
	'contact.hours': 'hours',
	'contact.web': 'website',

	// How the language writes what components put together (see ja.ts).
	'list.sep': ', ',
	'list.and': ' and ',
	'list.or': ' or ',
	'list.numbers.sep': ', ',
	'list.numbers.and': ' and ',
	'list.numbers.or': ' or ',
	'count.words': 'zero|one|two|three|four|five|six|seven|eight|nine|ten',
	'count.text': '{n}',
	'text.sentences': '{first} {second}',
	'steplink.phase.setup': 'first-time registration',
	'steplink.phase.signin': 'next sign-ins',
	'contact.details': '{name} ({details})',
	'practiceLinks.pairingItem': '{link}: {text}',
	'helpdesk.where': '{edition} · {method} · {phase} · {number}',

	'topic.index': 'Topics on this page',
	'topic.unexpected-request': 'A sign-in request you did not make',
	'topic.number': 'Typing the number, or no number shows',
	'topic.no-notification': 'Approval notifications do not arrive',
	'topic.other-method': 'Your app is not at hand (signing in another way)',
	'topic.new-phone': 'A new phone',
	'topic.lost-phone': 'A lost or broken phone',
	'topic.passkey-lost-phone': 'I lost the phone with my passkey',
	'topic.passkey-prompt': 'I was asked to register a passkey after the SMS code',
	'topic.no-sms-or-call': 'Texts or calls do not arrive',
	'topic.code-refused': 'Your code is refused (the phone’s clock is off)',
	'topic.full-width': 'Your digits are refused (full-width digits)',
	'topic.abroad': 'Travelling abroad',
	'topic.asked-every-time': 'Asked to verify at every sign-in',
	'topic.remember-not-sticking': "“Don't ask again” does not stick",

	// The live pairing demo (/pairing/). `{name}` marks a value the page fills in; the
	// page's scripts get the keys they need as JSON (pick() in src/i18n/index.ts).
	'pairing.app.issuer': 'Practice (delete me)',

	'pairing.noscript.demo':
		'This practice needs JavaScript. With JavaScript on, the page shows a practice QR code, a field for the code and an on-screen ' +
		'practice app. The explanation of how the codes work reads fine without it.',
	'pairing.noscript.part': 'This part works once JavaScript is on.',

	'pairing.qr.alt':
		'QR code that adds the practice account “{issuer}” ({account}) to an authenticator app. If it cannot be scanned, type the key ' +
		'below by hand.',
	'pairing.qr.making': 'Making the QR code…',
	'pairing.qr.failed': 'The QR code could not be made. Type the key below by hand instead.',
	'pairing.qr.deleteLater': 'When you have finished practising, delete this entry from the app.',
	'pairing.manual.summary': 'If the QR code cannot be scanned (type it by hand)',
	'pairing.manual.intro':
		'In the app’s add-account screen, choose “Enter code manually” (Google Authenticator: “Enter a setup key”) and type the ' +
		'following.',
	'pairing.manual.account': 'Account name',
	'pairing.manual.key': 'Key',
	'pairing.manual.keyHint': 'You need not type the spaces between the groups of four.',
	'pairing.manual.type': 'Type of key',
	'pairing.manual.timeBased': 'Time based',
	'pairing.manual.copy': 'Copy key',
	'pairing.manual.copied': 'Key copied',
	'pairing.manual.copyFailed': 'Could not copy. Select the key and copy it',
	'pairing.link.open': 'Open in this device’s authenticator app',
	'pairing.link.hint':
		'If you are reading this page on your phone, tap this link instead of scanning the QR code to add the account to your authenticator ' +
		'app.',

	'pairing.check.form': 'Check the practice account’s code',
	'pairing.check.label': 'The 6-digit code shown in the app',
	'pairing.check.hint': 'Spaces, as in “123 456”, are fine.',
	'pairing.check.submit': 'Verify',
	'pairing.check.stateUnpaired': 'Not paired yet.',
	'pairing.check.statePaired': 'Paired. Practice sign-ins so far: {count}',
	'pairing.check.paired':
		'Paired! The app and this page now share the same secret key. A new code appears every 30 seconds: type the next one to practise ' +
		'signing in again.',
	'pairing.check.signedIn': 'Correct code: you are signed in (sign-in number {count}).',
	'pairing.check.nearStep':
		'This code belonged to the 30 seconds just before or after, which is accepted in case the code changed while you typed or a clock is ' +
		'slightly off.',
	'pairing.error.empty': 'Type the code: the six digits shown for “{issuer}” in the app.',
	'pairing.error.wrongLength': 'The code has 6 digits, but {length} were typed. Check the code in the app again.',
	'pairing.error.notDigits': 'The code is made of digits only. Check for letters or symbols (spaces and hyphens are fine).',
	'pairing.error.wrongCode':
		'That is not the right code. Check that you are looking at “{issuer}” in the app, and at the code shown now.',
	'pairing.error.triesLeft': 'Tries left before a {seconds}-second lock: {count}.',
	'pairing.error.reused':
		'This code has already been used, and each code works only once. Wait for the app to show the next code (30 seconds at most), then ' +
		'type that one.',
	'pairing.error.lockedNow':
		'{count} wrong codes in a row: for safety, no code is accepted for {seconds} seconds. What you typed is still in the field.',
	'pairing.error.lockedStill': 'Codes are not accepted yet. Please wait another {seconds} s.',
	'pairing.error.skewAhead': 'Your phone’s clock seems to be about {time} ahead of the clock of the device showing this page.',
	'pairing.error.skewBehind': 'Your phone’s clock seems to be about {time} behind the clock of the device showing this page.',
	'pairing.error.skewFix':
		'The code is right for the phone’s time, but with its clock this far off, real sign-ins will fail too. In the phone’s settings, ' +
		'turn automatic date and time off and then on again (iPhone: Settings → General → Date & Time; Android: Settings → System → ' +
		'Date & time). If that does not help, check the clock of the device showing this page too.',
	// A code ahead of the clock counts as a wrong try (src/totp/verifier.ts, rule 4).
	'pairing.error.skewCounted': 'This counts as a wrong try. Tries left before a {seconds}-second lock: {count}.',
	'pairing.time.seconds': '{count} seconds',
	'pairing.time.minutes': '{count} minutes',
	'pairing.lock.countdown': 'You can try again in {seconds} s.',
	'pairing.lock.over': 'You can type a code again.',

	'pairing.virtual.summary': 'No phone? Use the practice app on this page',
	'pairing.virtual.intro':
		'Instead of a real app, this practice app makes the codes inside this page, from the same secret key. Type the code it shows into the ' +
		'field above.',
	'pairing.virtual.name': 'Practice authenticator',
	'pairing.virtual.badge': 'Practice',
	'pairing.virtual.code': 'Current code',
	'pairing.virtual.left': '{seconds} s left',

	'pairing.diagram.caption': 'The 30-second windows, and which codes are accepted',
	'pairing.diagram.farPast': 'Two windows back',
	'pairing.diagram.prev': 'Previous 30 s',
	'pairing.diagram.now': 'These 30 s',
	'pairing.diagram.next': 'Next 30 s',
	'pairing.diagram.farFuture': 'Two windows ahead',
	'pairing.diagram.accepted': 'Accepted',
	'pairing.diagram.refused': 'Refused (clock off)',
	'pairing.diagram.step': 'Window number',
	'pairing.diagram.left': 'The current code changes in {seconds} s',
	'pairing.diagram.static': 'The code changes each time a new window starts.',

	'pairing.reset.button': 'Start over (make a new QR code)',
	'pairing.reset.done':
		'A new QR code with a new secret key is ready. Codes from the practice entry you added before no longer work: delete it from the app ' +
		'and scan the new QR code.',

	// The simulated screens and the practice page (src/screens/, src/islands/simulator/).
	// The simulator's code uses these keys as they are: practice.*, pc.*, phone.*, error.*, alt.*.
	// The English uses Microsoft's English labels.
	'practice.marker': 'Practice',
	'practice.mayDiffer': 'Wording may differ',
	'practice.mayDifferAlt': 'Some of the wording could not be checked and may differ on the real screen.',
	'practice.pc': 'PC browser',
	'practice.phone': 'Phone',
	'practice.guide': 'Current step',
	'practice.stepOf': 'Step',
	'practice.readMore': 'Read this step in the guide',
	'practice.startOver': 'Start over',
	'practice.continue': 'Go on to the next step',
	'practice.done': 'You have finished the practice. Well done.',
	'practice.practiseStep': 'Practise this step',
	'practice.figure': 'Example of the practice screens',
	'practice.loading': 'Preparing the practice screens…',
	'practice.noscript': 'This practice needs JavaScript. You can read every step in the chapters.',
	'practice.offline': 'Could not reach the practice service. Please try again.',
	'practice.retry': 'Try again',
	'practice.glance.match': 'Number shown on the PC',
	'practice.glance.app': 'Code in the phone’s app',
	'practice.glance.sms': 'Code in the text on the phone',
	'practice.view': 'Screen shown',
	'practice.view.pc': 'PC',
	'practice.view.phone': 'Phone',
	'practice.view.attention': ' (next step here)',
	'practice.attention.pc': 'The next step is on the PC.',
	'practice.attention.phone': 'The next step is on the phone.',
	'practice.shown.pc': 'Now showing the PC.',
	'practice.shown.phone': 'Now showing the phone.',
	'pc.address': 'login.practice.invalid',
	'pc.signIn.title': 'Sign in',
	'pc.signIn.password': 'Password',
	'pc.signIn.passwordNote': 'This is practice: the password is filled in and cannot be changed. Never type your real password here.',
	'pc.signIn.button': 'Sign in',
	'pc.signIn.registered': 'Registration is complete. Now practise signing in again.',
	'pc.manual.moreInfo.title': 'More information required',
	'pc.manual.moreInfo.body': 'Your organization needs more information to keep your account secure',
	'pc.next': 'Next',
	'pc.cancel': 'Cancel',
	'pc.done': 'Done',
	'pc.sv.title': 'Additional security verification',
	'pc.manual.sv.lead': 'Secure your account by adding phone verification to your password.',
	'pc.manual.sv.step1': 'Step 1: How should we contact you?',
	'pc.manual.sv.contact': 'Contact method',
	'pc.manual.sv.contact.app': 'Mobile app',
	'pc.manual.sv.contact.phone': 'Authentication phone',
	'pc.manual.sv.use': 'How do you want to use the mobile app?',
	'pc.manual.sv.use.notification': 'Receive notifications for verification',
	'pc.manual.sv.use.code': 'Use verification code',
	'pc.manual.sv.needApp': 'To use these verification methods, you must set up the Microsoft Authenticator app.',
	'pc.manual.sv.setup': 'Set up',
	'pc.manual.sv.configured': 'Mobile app has been configured for notifications and verification codes',
	'pc.manual.configure.title': 'Configure mobile app',
	'pc.manual.configure.lead': 'Complete the following steps to configure your mobile app.',
	'pc.manual.configure.1': 'Install the Microsoft Authenticator app for Windows Phone, Android or iOS.',
	'pc.manual.configure.2': 'In the app, add an account and choose “Work or school account”.',
	'pc.manual.configure.3': 'Scan the image below.',
	'pc.configure.qrAlt': 'Practice QR code',
	'pc.manual.configure.fallback': 'If you are unable to scan the image, enter the following information in your app.',
	'pc.manual.configure.code': 'Code',
	'pc.manual.configure.url': 'URL',
	'pc.manual.configure.ready': 'If the app displays a six-digit code, choose “Next”.',
	'pc.manual.wait.setupTitle': 'Step 2: Waiting for your response',
	'pc.manual.wait.setupBody': 'We sent a notification to your mobile device. Open it and approve.',
	'pc.manual.wait.title': 'Approve sign-in request',
	'pc.manual.wait.body': 'Open your Microsoft Authenticator app and approve the request to sign in.',
	'pc.wait.remember': 'Don’t ask again for {days} days',
	'pc.failed.denied.title': 'Request denied',
	'pc.failed.denied.body': 'Deny was pressed on the phone, so the sign-in did not go through.',
	'pc.failed.denied.advice':
		'If you got a request you did not start, press Deny, then change your password at once and contact the helpdesk: someone may know ' +
		'your password.',
	'pc.failed.expired.title': 'No response',
	'pc.failed.expired.body':
		'The request expired because nobody approved it in time (about 60 seconds). If no notification arrives, open the Authenticator app on ' +
		'your phone.',
	'pc.failed.network.title': 'Could not connect',
	'pc.failed.network.body': 'The practice service did not answer. Please try again.',
	'pc.manual.retry.resend': 'Send the request again',
	'pc.manual.retry.signIn': 'Sign in again',
	'pc.retry.again': 'Try again',
	'pc.manual.backup.verified': 'Verification successful',
	'pc.manual.backup.step3': 'Step 3: In case you lose access to the mobile app',
	'pc.manual.backup.country': 'Select your country or region',
	'pc.backup.countryJapan': 'Japan (+81)',
	'pc.manual.backup.number': 'Phone number (optional)',
	'pc.manual.backup.note': 'Your phone numbers will only be used for account security. Standard telephone and SMS charges will apply.',
	'pc.service.title': 'Teams (practice)',
	'pc.service.signedIn': 'You are signed in.',
	'pc.service.remembered': 'This PC is trusted by “Don’t ask again for {days} days”, so you were not asked to verify this time.',
	'pc.service.signOut': 'Sign out',
	'pc.service.tomorrow': 'Sign in again tomorrow',
	'pc.service.later': 'Sign in again in {days} days',
	'error.choose-app': 'For this practice, choose “Mobile app”.',
	'error.choose-notification': 'For this practice, choose “Receive notifications for verification”.',
	'error.app-not-configured': 'The app is not configured yet. Scan the QR code with your phone, then press “Next”.',
	'error.nothing-to-scan': 'No QR code found. Show the “Configure mobile app” page on the PC.',
	'error.push-expired': 'This request has expired.',
	'error.network': 'Could not connect. Please try again.',
	'error.unknown': 'Something went wrong. Please try again.',
	'phone.home': 'Home',
	'phone.store': 'Store',
	'phone.app': 'Authenticator',
	'phone.store.title': 'Microsoft Authenticator',
	'phone.store.vendor': 'Microsoft Corporation',
	'phone.store.install': 'Get',
	'phone.store.open': 'Open',
	'phone.manual.consent.title': 'Microsoft respects your privacy',
	'phone.manual.consent.body': 'Microsoft respects your privacy. The app may collect usage data.',
	'phone.manual.consent.agree': 'I agree',
	'phone.manual.intro.title': 'Add an account',
	'phone.manual.intro.body': 'To add a work or school account, scan the QR code shown on your PC.',
	'phone.manual.intro.scan': 'Scan a QR code',
	'phone.scanner.title': 'Scan QR code',
	'phone.scanner.aim': 'Point the camera at the QR code on the PC’s screen.',
	'phone.scanner.nothing': 'No QR code in view',
	'phone.scanner.capture': 'Read the QR code',
	'phone.scanner.note': 'The real app reads the code as soon as the camera sees it.',
	'phone.back': 'Back',
	'phone.accounts.title': 'Authenticator',
	'phone.accounts.add': 'Add account',
	'phone.account.code': 'One-time password code',
	'phone.account.seconds': '{s} s left',
	'phone.notification': 'Authenticator notification: Approve sign-in?',
	'phone.manual.approve.title': 'Approve sign-in?',
	'phone.manual.approve.approve': 'Approve',
	'phone.manual.approve.deny': 'Deny',
	'phone.manual.approve.note': 'If you are not signing in yourself, press Deny.',
	'pc.country.CN': 'China (+86)',
	'pc.country.KR': 'Korea (+82)',
	'pc.country.US': 'United States (+1)',
	'pc.manual.phone.number': 'Phone number',
	'pc.manual.phone.method': 'Method',
	'pc.manual.phone.via.sms': 'Send me a code by text message',
	'pc.manual.phone.via.call': 'Call me',
	'pc.phone.hint': 'For this practice, type the practice phone’s number ({number}). Never type a real phone number here.',
	'pc.phone.change': 'Change the phone number',
	'pc.code.label': 'Verification code',
	'pc.manual.code.verify': 'Verify',
	'pc.manual.code.signinTitle': 'Enter code',
	'pc.manual.sms.setupTitle': 'Step 2: We’ve sent a text message to your phone at {number}',
	'pc.manual.sms.setupBody': 'When you receive the verification code, enter it here.',
	'pc.manual.sms.signinBody': 'We texted your phone {number}. Please enter the code to sign in.',
	'pc.manual.sms.resend': 'Send a new code',
	'pc.manual.app.setupTitle': 'Step 2: Enter the verification code from the mobile app',
	'pc.manual.app.setupBody': 'Enter the six-digit verification code shown in your mobile app. The code changes every 30 seconds.',
	'pc.manual.app.signinBody': 'Enter the code displayed in the Microsoft Authenticator app on your mobile device.',
	'pc.locked.countdown': 'You can try again in {s} s.',
	'pc.locked.over': 'The lock is over. Enter the code again.',
	'pc.manual.call.setupTitle': 'Step 2: We’re calling your phone at {number}',
	'pc.manual.call.setupBody': 'Please answer it to continue.',
	'pc.manual.call.signinTitle': 'Answer the call',
	'pc.manual.call.signinBody': 'We’re calling your phone {number}. Please answer it to continue.',
	'pc.call.retry': 'Call me again',
	'pc.callFailed.no-answer.title': 'No answer',
	'pc.callFailed.no-answer.body':
		'Nobody answered and pressed # in time, so you could not be verified. When the phone rings, answer it and press #.',
	'pc.callFailed.hung-up.title': 'The call ended',
	'pc.callFailed.hung-up.body': 'The call was declined or hung up before # was pressed, so you could not be verified.',
	'pc.callFailed.wrong-key.title': 'That was not the right key',
	'pc.callFailed.wrong-key.body': 'A key other than # was pressed, so you could not be verified. When you answer, press only #.',
	'pc.blocked.title': 'Sign-in blocked',
	'pc.manual.blocked.body': '0# was pressed on the phone, so this sign-in was reported as fraudulent and denied.',
	'pc.manual.blocked.meaning':
		'0# is for a verification call that you did not start yourself. Such a call is a sign that someone is trying to sign in with your ' +
		'password.',
	'pc.manual.blocked.next':
		'After a report, two-step verification for the account is blocked (in the real service for 90 days, or until an administrator ' +
		'unblocks it), and the report is recorded for the administrators to review. If you were not signing in yourself, change your password ' +
		'at once and contact the helpdesk. If you pressed it by mistake, you also need to contact the helpdesk to have the block removed.',
	'pc.manual.blocked.unblock': 'Have the helpdesk remove the block (practice)',
	'pc.signIn.unblocked': 'The block has been removed (practice). You can sign in again.',
	'pc.manual.verified.body': 'Press “Done” to finish registering.',
	'error.choose-phone': 'For this practice, choose “Authentication phone”.',
	'error.choose-sms': 'For this practice, choose “Send me a code by text message”.',
	'error.choose-call': 'For this practice, choose “Call me”.',
	'error.choose-code': 'For this practice, choose “Use verification code”.',
	'error.phone-empty': 'Enter a phone number.',
	'error.phone-invalid': 'That cannot be read as a phone number. Use digits (for example 090-1234-5678).',
	'error.phone-length': 'The number has the wrong number of digits. Check the country or region and the number (for example 090-1234-5678).',
	'error.phone-country': 'The country code at the start of the number does not match the country or region you chose.',
	'error.phone-service':
		'Service numbers such as free dial (0120, 0800) and navi dial (0570) cannot receive verification calls or texts, so they cannot be ' +
		'registered.',
	'error.phone-repeated': 'A number that is only the same digit over and over is not a phone number in use. Please check the number.',
	'error.phone-unknown': 'No Japanese phone number starts like this. Please check the first digits (such as 090 or 03).',
	'error.phone-no-sms':
		'Landlines and IP phones (numbers starting with 050) cannot receive texts, so they cannot be used for text messages. Texts reach ' +
		'mobile numbers (in this practice, 090-1234-5678).',
	'error.phone-not-practice':
		'In this practice, please enter the practice phone’s number, 090-1234-5678. Texts and calls in this practice reach only the ' +
		'practice phone. Do not enter a real phone number.',
	'error.empty': 'Enter the code.',
	'error.not-digits': 'The code contains something other than digits. Enter the six digits.',
	'error.wrong-length': 'The code has six digits (you typed {n}).',
	'error.wrong-code': 'That code is not right. Wrong tries left before a short lock: {tries}.',
	'error.expired': 'This code has expired. Enter the code the app shows now.',
	'error.sms.expired':
		'This code has expired or was replaced by a newer one. Enter the code from the latest text message, or press “Send a new code”.',
	'error.reused': 'This code has already been used. Wait until the app shows the next code, then enter that one.',
	'error.sms.reused': 'This code has already been used. Enter the code from the text message that has just arrived.',
	'error.clock-skew':
		'This code is not valid yet. Check that your phone’s clock is right. This counts as a wrong try: {tries} left before a short lock.',
	'error.locked': 'The code was wrong {max} times in a row, so the practice account is locked for a short while.',
	'error.blocked': 'This account is blocked. Contact the helpdesk.',
	'error.registration-incomplete': 'Registration is not finished yet. Please start over.',
	'error.challenge-unknown': 'This verification is no longer valid. Please try again.',
	'error.activation-invalid': 'This QR code cannot be used to register. Scan the QR code on the PC’s “Configure mobile app” page.',
	'error.push-unknown': 'This request could not be found. Sign in again on the PC.',
	'error.push-approved': 'You have already approved this request.',
	'error.push-denied': 'You have already denied this request.',
	'error.device-unknown': 'This phone’s account is no longer registered. Scan the QR code on the PC again.',
	'error.challenge-kind': 'This verification does not use a code. Follow the instructions on the screen.',
	'error.not-found': 'The practice service cannot do this. Please start over.',
	'phone.number': 'This practice phone’s number: {number}',
	'phone.messages': 'Messages',
	'phone.messages.unread': 'Messages ({n} unread)',
	'phone.messages.empty': 'No messages.',
	'phone.messages.from': 'Microsoft',
	'phone.sms.text': 'Use verification code {code} for Microsoft authentication (practice)',
	'phone.sms.banner': 'Message from Microsoft: {text}',
	'phone.missed': 'Missed calls from Microsoft: {n}',
	'phone.call.incoming': 'Incoming call',
	'phone.call.caller': 'Microsoft (practice)',
	'phone.call.answer': 'Answer',
	'phone.call.decline': 'Decline',
	'phone.call.inCall': 'On a call: Microsoft',
	// UNVERIFIED, every voice line: a paraphrase (see ja.ts).
	'phone.call.voice':
		'Voice (in substance): this is Microsoft’s sign-in verification. To finish verifying, press the # key. If you are not trying to ' +
		'sign in, press 0 and then # to report it as fraud.',
	'phone.call.keypad': 'Keypad',
	'phone.call.typed': 'Keys pressed: {keys}',
	'phone.call.hangUp': 'End call',
	'phone.call.ended': 'Call ended',
	'phone.call.voice.verified': 'Voice (in substance): your verification is complete.',
	'phone.call.voice.fraud': 'Voice (in substance): your fraud report has been received; sign-ins to this account will be blocked.',
	'phone.call.voice.wrong-key': 'Voice (in substance): that key is not valid, so you could not be verified.',
	'phone.call.voice.no-answer': 'Voice (in substance): no key was pressed, so you could not be verified.',
	'phone.call.voice.hung-up': 'You hung up.',
	'phone.call.voice.cancelled': 'The other side ended the call.',
	'phone.call.close': 'Close',
	'practice.announce.call': 'The phone is ringing.',
	'practice.announce.sms': 'A text message has arrived on the phone.',
	'practice.announce.push': 'A notification has arrived on the phone.',
	'practice.announce.unlocked': 'The lock is over. You can enter the code again.',
	'practice.hint.checkCode': 'Once you have seen the code, press “Next” on the PC’s “Configure mobile app” page.',
	'pc.failed.challenge.title': 'Could not start the verification',
	// The still pictures' text alternatives (src/screens/describe.ts).
	'alt.page': 'the “{title}” page',
	'alt.says': 'it says “{text}”',
	'alt.chosen': '“{label}” is chosen',
	'alt.buttons': 'buttons: {names}',
	'alt.fields': 'fields: {names}',
	'alt.checkbox': 'a checkbox “{label}”',
	'alt.account': 'the practice account {account} with its password filled in',
	'alt.qr': 'the QR code to scan, and a code and URL for when it cannot be scanned',
	'alt.pressNow': 'the app shows its code, so “{name}” is the button to press now',
	'alt.home': 'the home screen',
	'alt.icons': 'icons: {names}',
	'alt.notification': 'an Authenticator notification has arrived: “{text}”',
	'alt.camera': 'the camera sees the QR code on the PC',
	'alt.accountAdded': 'the account “{name}” has been added to Authenticator',
	'alt.code': 'the account “{name}” is open: it shows the six-digit code {code}, which changes to the next one in {s} seconds',
	'alt.sms': 'a text message has arrived: “{text}”',
	'alt.messages': 'the Messages app with texts from Microsoft ({n}), the newest “{text}”',
	'alt.incoming': 'an incoming call from “{caller}”',
	'alt.inCall': 'on a call: the voice asks for the # key, and the keypad is shown',
	// How a picture's description is put together (see ja.ts).
	'alt.quote': '“{label}”',
	'alt.parts': '; ',
	'alt.device': '{device}: {text}.',
	'alt.devices': '{pc} {phone}',
} as const satisfies Record<Key, string>;
