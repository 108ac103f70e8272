// Build time only: the chapter after enrolment draws its pictures from the screens the
// practice uses (src/screens/today/security-info.ts), with the same renderer and words.

import { Fragment, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PRACTICE_PHONE } from '../../backend/model';
import type { Lang } from '../../i18n/locales';
import { describeScreen } from '../../screens/describe';
import type { ScreenEnv } from '../../screens/model';
import { deviceElements } from '../../screens/render';
import { type SecurityInfoPage, type SecurityInfoScreen, securityInfo, tapSignIn, watched } from '../../screens/today/security-info';
import type { TaskStepId } from '../../step-ids';
import { pictureEnv } from '../illustrations';

/** The same fixed moment as the other chapters' pictures. */
const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);

const oldApp = (env: ScreenEnv) => ({ id: 'old', kind: 'app' as const, label: env.t['pc.today.secinfo.oldPhone'] });
const newApp = (env: ScreenEnv) => ({ id: 'new', kind: 'app' as const, label: env.t['pc.today.secinfo.newPhone'] });
const phone = { id: 'phone', kind: 'phone' as const, label: PRACTICE_PHONE.national };

const page = (more: Partial<SecurityInfoPage> & Pick<SecurityInfoPage, 'methods'>): SecurityInfoPage => ({
	defaultMethod: 'push',
	banner: false,
	tap: null,
	dialog: null,
	...more,
});

/** The steps that have a picture, and what it shows: the student's page as the step begins. */
const PICTURES: { [S in TaskStepId]?: (env: ScreenEnv) => SecurityInfoScreen } = {
	'manage-open-security-info': (env) => securityInfo(env, page({ methods: [oldApp(env), phone] })),
	'manage-default-method': (env) => securityInfo(env, page({ methods: [oldApp(env), phone], dialog: { kind: 'default', chosen: 'push' } })),
	'manage-add-method': (env) => securityInfo(env, page({ methods: [oldApp(env), phone], dialog: { kind: 'add' } })),
	'manage-delete-method': (env) => securityInfo(env, page({ methods: [oldApp(env), phone], dialog: { kind: 'delete', id: 'old' } })),
	'new-phone-delete-old': (env) => securityInfo(env, page({ methods: [oldApp(env), newApp(env), phone] })),
	'lost-phone-tap': (env) => tapSignIn(env),
	'lost-phone-register': (env) =>
		securityInfo(env, page({ methods: [], defaultMethod: null, banner: true, tap: { expiresAt: '2026/01/05 10:00' } })),
};

/** A step's still picture (the PC's screen as HTML, and what it shows in words), or null where the step has none. */
export function managePicture(step: TaskStepId, lang: Lang) {
	const draw = PICTURES[step];
	if (!draw) return null;
	// The env of every chapter picture; its method only picks error wordings, and these screens show none.
	const env = pictureEnv('push', lang, NOW, 'today', false);
	const screen = watched(env, draw);
	return {
		pc: renderToString(h(Fragment, null, deviceElements('pc', screen, env))),
		alt: [
			`${env.t['practice.figure']}: ${describeScreen(env, 'pc', screen)}`,
			...(screen.mayDiffer ? [env.t['practice.mayDifferAlt']] : []),
		].join(' '),
	};
}
