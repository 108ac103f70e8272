import type { Method } from './config/schema';
import type { Lang } from './i18n/locales';

// Defined in src/i18n/locales.ts; re-exported for the modules that still import it from here.
export type { Lang };
export type Phase = 'setup' | 'signin';

export interface StepDef {
	/** Stable across languages and releases: the chapter anchor, the simulator state, the helpdesk key. */
	id: string;
	title: Record<Lang, string>;
}

type StepTable = Record<Method, Record<Phase, readonly StepDef[]>>;

const t = (id: string, ja: string, en: string): StepDef => ({ id, title: { ja, en } });

// The steps shared by every method's first screens, and by both Authenticator methods up
// to the point where the manual's chapters 3 and 4 part ways.
const signInFirst = t('setup-sign-in', '学内アカウントでサインインする', 'Sign in with your university account');
const moreInfo = t('setup-more-info', '「詳細情報が必要」で「次へ」を押す', 'Press Next on “More information required”');
const appSetup: readonly StepDef[] = [
	signInFirst,
	moreInfo,
	t('setup-choose-app', '「モバイル アプリ」を選び「セットアップ」を押す', 'Choose “Mobile app” and press Set up'),
	t('setup-install-app', 'スマートフォンにアプリをインストールする', 'Install the app on your phone'),
	t('setup-app-first-launch', 'アプリを起動し「同意します」を選ぶ', 'Open the app and accept the privacy notice'),
	t('setup-scan-qr', 'PC に表示された QR コードをスキャンする', 'Scan the QR code shown on the PC'),
	t('setup-account-added', 'アプリにアカウントが追加される', 'Your account appears in the app'),
	t('setup-check-code', 'アカウントを開いてコードを確かめる', 'Open the account and check its code'),
	t('setup-configure-next', '「モバイル アプリケーションの構成」で「次へ」を押す', 'Press Next on “Configure mobile app”'),
];
const signInAgain = t('signin-sign-in', '学内アカウントでサインインする', 'Sign in with your university account');
const signInDone = t('signin-done', 'サインインが完了する', 'You are signed in');

export const STEPS: StepTable = {
	sms: {
		setup: [
			signInFirst,
			moreInfo,
			t('setup-phone-number', '携帯電話の番号を登録する', 'Register your mobile number'),
			t('setup-enter-code', 'SMS で届いたコードを入力する', 'Type the code from the text message'),
			t('setup-done', '「完了」を押す', 'Press Done'),
		],
		signin: [
			signInAgain,
			t('signin-enter-code', 'SMS で届いたコードを入力する', 'Type the code from the text message'),
			signInDone,
		],
	},
	call: {
		setup: [
			signInFirst,
			moreInfo,
			t('setup-phone-number', '着信用の電話番号を登録する', 'Register the number to call'),
			t('setup-answer-call', '電話に出て # キーを押す', 'Answer the call and press #'),
			t('setup-done', '「確認に成功しました」で「完了」を押す', 'Press Done on “Verification successful”'),
		],
		signin: [
			signInAgain,
			t('signin-answer-call', '電話に出て # キーを押す', 'Answer the call and press #'),
			signInDone,
		],
	},
	push: {
		setup: [
			...appSetup,
			t('setup-choose-notification', '「確認のため通知を受け取る」を選び「次へ」を押す', 'Choose “Receive notifications for verification” and press Next'),
			t('setup-approve', 'スマートフォンの通知で「承認」を押す', 'Press Approve on the phone'),
			t('setup-backup-phone', '予備の電話番号を登録し「完了」を押す', 'Add a backup phone number and press Done'),
		],
		signin: [
			signInAgain,
			t('signin-request-sent', 'スマートフォンに承認要求が送られる', 'A request is sent to your phone'),
			t('signin-approve', 'スマートフォンで「承認」を押す', 'Press Approve on the phone'),
			signInDone,
		],
	},
	code: {
		setup: [
			...appSetup,
			t('setup-choose-code', '「確認コードを使用する」を選び「次へ」を押す', 'Choose “Use verification code” and press Next'),
			t('setup-enter-code', 'アプリの 6 桁のコードを入力する', 'Type the six-digit code from the app'),
			t('setup-backup-phone', '予備の電話番号を登録し「完了」を押す', 'Add a backup phone number and press Done'),
		],
		signin: [
			signInAgain,
			t('signin-enter-code', 'アプリの 6 桁のコードを入力する', 'Type the six-digit code from the app'),
			signInDone,
		],
	},
};

export const PHASES: readonly Phase[] = ['setup', 'signin'];

export interface LocatedStep extends StepDef {
	method: Method;
	phase: Phase;
	/** 1-based, counted within its phase: the number a reader sees. */
	number: number;
}

export function findStep(method: Method, id: string): LocatedStep {
	for (const phase of PHASES) {
		const index = STEPS[method][phase].findIndex((s) => s.id === id);
		if (index >= 0) return { ...STEPS[method][phase][index]!, method, phase, number: index + 1 };
	}
	throw new Error(`Unknown step "${id}" for method "${method}". Known steps are listed in src/steps.ts.`);
}

export function stepsOf(method: Method): LocatedStep[] {
	return PHASES.flatMap((phase) =>
		STEPS[method][phase].map((s, i) => ({ ...s, method, phase, number: i + 1 })),
	);
}
