import type manage from './manage.ja';

/**
 * After enrolment, in English: the keys of manage.ja.ts (see there for the sources' keys). A line
 * without a comment of its own follows the Japanese line's mark; a label whose English has a source
 * of its own says so beside it.
 */

// biome-ignore format: the line breaks of the strings below are chosen by hand (see ja.ts).
export default {
	'manage.short': 'New or lost phone',
	'manage.section.security-info': 'The Security info page',
	'manage.section.new-phone': 'A new phone (the old one still in hand)',
	'manage.section.phone-number': 'A new phone number',
	'manage.section.lost-phone': 'A lost or broken phone',
	'manage.step.manage-open-security-info': 'Open the “Security info” page and sign in',
	'manage.step.manage-default-method': 'Choose the method you use every day with “Change” beside “Default sign-in method”',
	'manage.step.manage-add-method': 'Add a method with “Add sign-in method”',
	'manage.step.manage-delete-method': '“Delete” a method you no longer use',
	'manage.step.new-phone-add': 'Register the new phone first',
	'manage.step.new-phone-check': 'Check that the new phone signs you in',
	'manage.step.new-phone-delete-old': '“Delete” the old phone’s method',
	'manage.step.new-phone-remove-account': 'Remove the account from the old phone’s app',
	'manage.step.new-phone-restore': 'Sign in again to an account restored from a backup',
	'manage.step.phone-number-change': '“Change” the phone number while the old number still works',
	'manage.step.lost-phone-other-method': 'Sign in with another method you registered',
	'manage.step.lost-phone-helpdesk': 'With no other method, contact the helpdesk',
	'manage.step.lost-phone-tap': 'Sign in with the Temporary Access Pass the helpdesk gave you',
	'manage.step.lost-phone-register': 'Register a method on the new phone',
	'manage.step.lost-phone-clean-up': '“Delete” the lost phone’s method',

	'manage.chooser.note': 'When you change phones or numbers, register the new one before you give up the old one.',
	'manage.chooser.link': 'A new or lost phone',

	// The chapter's note on its edition and sources (src/components/manage/ManageNote.astro).
	'manage.note.label': 'Screens as of December 2026.',
	'manage.note.body':
		'The Security info page after enrolment, and what to do with a new or lost phone. The manual (December 2020) has no such chapter; ' +
		'a screen whose words no source confirms says “Wording may differ”.',

	'manage.tap.issued': 'The {helpdesk} issues Temporary Access Passes. {howToAsk}',
	'manage.tap.notIssued':
		'The {helpdesk} does not issue Temporary Access Passes. The helpdesk resets your registration ' +
		'(“Require re-register MFA”), and your next sign-in asks you to register a method from the start.',

	'pc.today.secinfo.title': 'Security info', // [LRN-COMBINED]
	'pc.today.secinfo.body': 'These are the methods you use to sign into your account or reset your password.',
	'pc.today.secinfo.default': 'Default sign-in method', // [3P-GODADDY-EN]
	'pc.today.secinfo.change': 'Change', // [3P-GODADDY-EN][LRN-MFA-USERSETTINGS]
	'pc.today.secinfo.add': 'Add sign-in method', // [LRN-PASSKEY-AUTH-REG][LRN-AUTH-TRANSFER]
	'pc.today.secinfo.delete': 'Delete', // [3P-GODADDY-EN]
	'pc.today.secinfo.app': 'Microsoft Authenticator',
	'pc.today.secinfo.app.default': 'Microsoft Authenticator - notification',
	'pc.today.secinfo.phone': 'Phone',
	'pc.today.secinfo.phone.default': 'Phone - text {number}',
	'pc.today.secinfo.passkey': 'Passkey in Microsoft Authenticator', // [LRN-PASSKEY-AUTH-REG]
	'pc.today.secinfo.tap': 'Temporary Access Pass', // UNVERIFIED as the page's row ([LRN-TAP] "an entry for the Temporary Access Pass")
	'pc.today.secinfo.tapExpires': 'Expires: {time}',
	'pc.today.secinfo.banner': 'You have no sign-in methods. Add a sign-in method.',
	'pc.today.secinfo.oldPhone': 'iPhone 12 (old phone)',
	'pc.today.secinfo.newPhone': 'Pixel 9 (new phone)',
	'pc.today.secinfo.defaultTitle': 'Change default method',
	'pc.today.secinfo.defaultQuestion': 'Which method would you like to use to sign in?',
	'pc.today.secinfo.confirm': 'Confirm', // [3P-GODADDY-EN]
	'pc.today.secinfo.addTitle': 'Add a method', // [3P-CAROLINAU]
	'pc.today.secinfo.addQuestion': 'Which method would you like to add?',
	'pc.today.secinfo.addButton': 'Add', // [3P-CAROLINAU]
	'pc.today.secinfo.deleteTitle': 'Delete authenticator app', // UNVERIFIED: [3P-HIROSAKI] quotes the Japanese title only
	'pc.today.secinfo.deleteBody': 'Are you sure you would like to delete this method for your account?',
	'pc.today.secinfo.ok': 'OK', // [3P-GODADDY-EN] "Ok"
	'pc.today.secinfo.deleted': 'Sign-in method was deleted.',
	'pc.today.tap.title': 'Enter Temporary Access Pass',
	'pc.today.tap.field': 'Temporary Access Pass', // [3P-INFOTECHNINJA] "Temporary Access Pass field"; UNVERIFIED as its exact label
	'pc.today.tap.signIn': 'Sign in',

	'error.push-revoked':
		'The app that answered this request was deleted from “Security info”. A deleted method no longer signs you in.',
	'error.method-deleted': 'This method was deleted from “Security info” and no longer signs you in. Choose another method.',
	'error.method-unknown': 'This method was not found. Open the page again.',
	'error.method-limit': 'You cannot add more methods of this kind. Delete one you no longer use first.',
	'error.method-is-default':
		'This is your default sign-in method: it cannot be deleted while you have other methods. ' +
		'Change the “Default sign-in method” first.',
	'error.default-unavailable': 'That method is not registered yet, so it cannot be the default.',
	'error.reauth-required':
		'It has been a while since you last verified: sign in again (changes need a verification within the last 10 minutes).',
	'error.tap-lifetime': 'A pass lasts from 10 minutes to 30 days.',
	'error.tap-empty': 'Enter the Temporary Access Pass the helpdesk gave you.',
	'error.tap-wrong': 'That pass is not right. Type it exactly as the helpdesk gave it to you: capitals and small letters differ.',
	'error.tap-expired': 'This Temporary Access Pass has expired. Ask the helpdesk for a new one.',
	'error.tap-used': 'This Temporary Access Pass works once and has already been used. Ask the helpdesk for a new one.',
	'error.tap-none': 'There is no Temporary Access Pass.',
} as const satisfies Record<keyof typeof manage, string>;
