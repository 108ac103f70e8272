import type practice from './manage-practice.ja';

/** The practice after enrolment, in English: the keys of manage-practice.ja.ts. */

// biome-ignore format: the line breaks of the strings below are chosen by hand (see ja.ts).
export default {
	'manage.practice.choose': 'Situation to practise',
	'manage.practice.current': '(shown now)',
	'manage.practice.none': 'This university’s settings leave no situation to practise here. The chapter “A new or lost phone” has the steps.',
	'manage.scenario.lost-phone-tap': 'Lost phone: a Temporary Access Pass from the helpdesk',
	'manage.scenario.lost-phone-tap.blurb':
		'When no other method is registered. Sign in with the pass, register the new phone, delete the lost one, '
		+ 'and see that the pass no longer works once used.',
	'manage.scenario.change-default': 'Change the default sign-in method',
	'manage.scenario.change-default.blurb':
		'After adding Microsoft Authenticator on a new phone. Open Security info with a text’s code, '
		+ 'and make the app’s notification the method the sign-in asks for first.',
	'manage.guide.manage-open-security-info': 'Press “Sign in”, type the code from the text message into the PC and press “Verify”.',
	'manage.guide.manage-default-method':
		'Press “Change” beside “Default sign-in method”, choose “Microsoft Authenticator - notification” and press “Confirm”.',
	'manage.scenario.lost-phone-other': 'Lost phone: sign in with another method you registered (a text)',
	'manage.scenario.lost-phone-other.blurb':
		'When texts to the same number reach a new phone (the SIM reissued). Sign in another way, change the default, '
		+ 'then delete the lost phone’s Microsoft Authenticator.',
	'manage.guide.lost-phone-other-method':
		'Press “Sign in”, “I can’t use my Microsoft Authenticator app right now” and “Text {masked}”; '
		+ 'type the code and press “Verify”.',
	'manage.guide.manage-delete-method':
		'With “Change”, make “Phone - text {number}” the default and press “Confirm”; then on the old phone’s row press “Delete” and “OK”.',
	'manage.scenario.new-phone': 'A new phone (the old one still in hand)',
	'manage.scenario.new-phone.blurb':
		'Approve on the old phone to open Security info, add the new phone, check that the new one signs you in, '
		+ 'then delete the old phone.',
	'manage.guide.new-phone-add':
		'Press “Sign in”; on the old phone’s notification type the number the PC shows and press “Yes”. With “Add sign-in method” '
		+ 'choose “Microsoft Authenticator” and press “Add”; pick up the new phone, install the app and scan the QR code.',
	'manage.guide.new-phone-check':
		'Press “Sign out” and “Sign in” again; on the new phone’s notification type the number the PC shows and press “Yes”.',
	'manage.guide.new-phone-delete-old': 'On the old phone’s row press “Delete”, then “OK”.',
	'manage.guide.lost-phone-helpdesk': 'Press “Get a Temporary Access Pass” (in the practice this button stands for the helpdesk).',
	'manage.guide.lost-phone-tap': 'Type the practice pass shown on the PC into “Temporary Access Pass” and press “Sign in”.',
	'manage.guide.lost-phone-register':
		'Under “Add sign-in method” choose “Microsoft Authenticator” and press “Add”, '
		+ 'then install the app on the new phone and scan the QR code.',
	'manage.guide.lost-phone-clean-up':
		'On the old phone’s row press “Delete”, then “OK”; “Sign out”, and try to “Sign in” with the same pass again.',
	'practice.manage.helpdesk.title': 'Helpdesk (practice)',
	'practice.manage.helpdesk.body':
		'Your phone is lost and no other method is registered. Once the helpdesk has checked who you are, it issues a Temporary Access Pass.',
	'practice.manage.helpdesk.ask': 'Get a Temporary Access Pass',
	'phone.handsets.holding.old': 'In your hand: the old phone',
	'phone.handsets.holding.new': 'In your hand: the new phone',
	'phone.handsets.take.old': 'Pick up the old phone',
	'phone.handsets.take.new': 'Pick up the new phone',
	'practice.manage.listNote': 'A practice list: the real page shows the methods and devices you registered.',
	'practice.manage.pass': 'The pass from the helpdesk (practice): {code} (until {time}, one use)',
	'error.choose-add-app': 'In this practice, choose “Microsoft Authenticator” and press “Add”.',
	'error.manage-add-first': 'In this practice you add the new phone first: press “Add sign-in method”.',
	'error.manage-delete-old': 'In this practice you delete the lost old phone’s row. Press “Cancel” and choose again.',
	'error.manage-delete-first': 'First “Delete” the lost old phone’s row.',
	'error.manage-sign-out': 'In this practice, press “Sign out” next and try the same pass again.',
	'error.manage-check-first': 'In this practice, press “Sign out” next, sign in again and approve on the new phone.',
	'error.manage-old-row': 'In this practice you delete the old phone’s row. Press “Cancel” and choose again.',
	'error.manage-approve-on-phone': 'In this practice, type the number the PC shows on the phone’s notification and press “Yes”.',
	'error.manage-change-default': 'In this practice, press “Change” beside “Default sign-in method”.',
	'error.choose-default-app': 'In this practice, choose “Microsoft Authenticator - notification” and press “Confirm”.',
	'error.choose-default-sms': 'In this practice, choose the “Phone - text” method and press “Confirm”.',
} satisfies Record<keyof typeof practice, string>;
