import type { Lang } from '../steps';

// Strings of the live pairing demo (/pairing/), in the same flat-map shape as ui.ts:
// the `satisfies` on `en` makes a key missing from either language a type error.
// `{name}` marks a value the page fills in.
const ja = {
	// The entry the authenticator app shows. Named so that nobody mistakes it for a real
	// account, and so that deleting it later feels safe.
	'app.issuer': '練習 (削除してOK)',

	'noscript.demo':
		'この練習には JavaScript が必要です。JavaScript を有効にすると、練習用の QR コード、コードの入力欄、画面上の練習用アプリが表示されます。コードのしくみの説明は、このままでも読めます。',
	'noscript.part': 'この部分は JavaScript を有効にすると使えます。',

	'qr.alt': 'QR コード: 認証アプリに練習用アカウント「{issuer}」（{account}）を追加します。読み取れないときは、下の秘密鍵を手動で入力してください。',
	'qr.making': 'QR コードを作っています…',
	'qr.failed': 'QR コードを作れませんでした。下の秘密鍵を手動で入力してください。',
	'qr.deleteLater': '練習が終わったら、アプリからこのエントリを削除してください。',
	'manual.summary': 'QR コードを読み取れないとき（手動で入力する）',
	'manual.intro': 'アプリのアカウント追加画面で「コードを手動で入力」（Google Authenticator では「セットアップ キーを入力」）を選び、次のとおり入力します。',
	'manual.account': 'アカウント名',
	'manual.key': '秘密鍵（キー）',
	'manual.keyHint': '4 文字ごとの区切りの空白は入力しなくてもかまいません。',
	'manual.type': 'キーの種類',
	'manual.timeBased': '時間ベース',
	'manual.copy': '秘密鍵をコピー',
	'manual.copied': '秘密鍵をコピーしました',
	'manual.copyFailed': 'コピーできませんでした。秘密鍵を選択してコピーしてください',
	'link.open': 'この端末の認証アプリで開く',
	'link.hint': 'このページをスマートフォンで見ているときは、QR コードを読み取る代わりにこのリンクをタップすると、認証アプリにアカウントを追加できます。',

	'check.form': '練習用アカウントのコードを確かめる',
	'check.label': 'アプリに表示されている 6 桁のコード',
	'check.hint': '「123 456」のような空白や、全角の数字のままでもかまいません。',
	'check.submit': '確認',
	'check.stateUnpaired': 'まだペアリングしていません。',
	'check.statePaired': 'ペアリング済み。サインインの練習に成功した回数: {count}',
	'check.paired':
		'ペアリングできました。アプリとこのページが同じ秘密鍵を持っています。30 秒ごとに新しいコードが表示されるので、次のコードでもサインインを練習できます。',
	'check.signedIn': '正しいコードです。サインインできました（{count} 回目）。',
	'check.nearStep': 'このコードは前後 30 秒のものでしたが、入力中の切り替わりや時計の小さなずれに備えて受け付けています。',
	'error.empty': 'コードを入力してください。アプリの「{issuer}」に表示されている 6 桁の数字です。',
	'error.wrongLength': 'コードは 6 桁ですが、入力されたのは {length} 桁です。アプリのコードをもう一度確かめてください。',
	'error.notDigits': 'コードは数字だけです。文字や記号が入っていないか確かめてください（空白と「-」は入っていてもかまいません）。',
	'error.wrongCode': 'コードが違います。アプリで「{issuer}」のコードを見ているか、今表示されているコードかを確かめてください。',
	'error.triesLeft': 'あと {count} 回間違えると、{seconds} 秒間は入力できなくなります。',
	'error.reused':
		'このコードはもう使われています。同じコードは 1 回しか使えません。アプリに次のコードが表示されるまで待ってから入力してください（長くても 30 秒ほどです）。',
	'error.lockedNow': '間違ったコードが {count} 回続いたので、安全のため {seconds} 秒間は入力を受け付けません。入力した内容はそのまま残っています。',
	'error.lockedStill': 'まだ入力を受け付けていません。あと {seconds} 秒待ってください。',
	'error.skewAhead': 'スマートフォンの時計が、このページを開いている端末の時計より約 {time}進んでいるようです。',
	'error.skewBehind': 'スマートフォンの時計が、このページを開いている端末の時計より約 {time}遅れているようです。',
	'error.skewFix':
		'コードは合っていますが、時計がずれていると本番のサインインでも失敗します。スマートフォンの設定で、日付と時刻の「自動設定」をいったんオフにしてからオンに戻してください（iPhone: 設定 → 一般 → 日付と時刻、Android: 設定 → システム → 日付と時刻）。それでも直らないときは、このページを開いている端末の時計も確かめてください。',
	'time.seconds': '{count} 秒',
	'time.minutes': '{count} 分',
	'lock.countdown': 'あと {seconds} 秒で入力できます。',
	'lock.over': 'もう一度コードを入力できます。',

	'virtual.summary': 'スマートフォンがないとき: この画面の練習用アプリを使う',
	'virtual.intro':
		'本物のアプリの代わりに、このページの中で同じ秘密鍵からコードを作る練習用のアプリです。表示されたコードを上の入力欄に入力してください。',
	'virtual.name': '練習用の認証アプリ',
	'virtual.badge': '練習',
	'virtual.code': '現在のコード',
	'virtual.left': 'あと {seconds} 秒',

	'diagram.caption': '30 秒ごとの「窓」と、受け付けるコード',
	'diagram.farPast': '2 つ前の 30 秒',
	'diagram.prev': '前の 30 秒',
	'diagram.now': '今の 30 秒',
	'diagram.next': '次の 30 秒',
	'diagram.farFuture': '2 つ先の 30 秒',
	'diagram.accepted': '受け付ける',
	'diagram.refused': '受け付けない（時計のずれ）',
	'diagram.step': '窓の番号',
	'diagram.left': '今のコードが変わるまで: あと {seconds} 秒',
	'diagram.static': 'コードは窓が変わるたびに変わります。',

	'reset.button': '最初からやり直す（新しい QR コードを作る）',
	'reset.done':
		'新しい秘密鍵で QR コードを作り直しました。前に追加した練習用エントリのコードはもう使えないので、アプリから削除し、新しい QR コードを読み取ってください。',
} as const;

export type PairingKey = keyof typeof ja;

const en = {
	'app.issuer': 'Practice (delete me)',

	'noscript.demo':
		'This practice needs JavaScript. With JavaScript on, the page shows a practice QR code, a field for the code and an on-screen practice app. The explanation of how the codes work reads fine without it.',
	'noscript.part': 'This part works once JavaScript is on.',

	'qr.alt': 'QR code that adds the practice account “{issuer}” ({account}) to an authenticator app. If it cannot be scanned, type the key below by hand.',
	'qr.making': 'Making the QR code…',
	'qr.failed': 'The QR code could not be made. Type the key below by hand instead.',
	'qr.deleteLater': 'When you have finished practising, delete this entry from the app.',
	'manual.summary': 'If the QR code cannot be scanned (type it by hand)',
	'manual.intro': 'In the app’s add-account screen, choose “Enter code manually” (Google Authenticator: “Enter a setup key”) and type the following.',
	'manual.account': 'Account name',
	'manual.key': 'Key',
	'manual.keyHint': 'You need not type the spaces between the groups of four.',
	'manual.type': 'Type of key',
	'manual.timeBased': 'Time based',
	'manual.copy': 'Copy key',
	'manual.copied': 'Key copied',
	'manual.copyFailed': 'Could not copy. Select the key and copy it',
	'link.open': 'Open in this device’s authenticator app',
	'link.hint': 'If you are reading this page on your phone, tap this link instead of scanning the QR code to add the account to your authenticator app.',

	'check.form': 'Check the practice account’s code',
	'check.label': 'The 6-digit code shown in the app',
	'check.hint': 'Spaces, as in “123 456”, are fine.',
	'check.submit': 'Verify',
	'check.stateUnpaired': 'Not paired yet.',
	'check.statePaired': 'Paired. Practice sign-ins so far: {count}',
	'check.paired':
		'Paired! The app and this page now share the same secret key. A new code appears every 30 seconds: type the next one to practise signing in again.',
	'check.signedIn': 'Correct code: you are signed in (sign-in number {count}).',
	'check.nearStep': 'This code belonged to the 30 seconds just before or after, which is accepted in case the code changed while you typed or a clock is slightly off.',
	'error.empty': 'Type the code: the six digits shown for “{issuer}” in the app.',
	'error.wrongLength': 'The code has 6 digits, but {length} were typed. Check the code in the app again.',
	'error.notDigits': 'The code is made of digits only. Check for letters or symbols (spaces and hyphens are fine).',
	'error.wrongCode': 'That is not the right code. Check that you are looking at “{issuer}” in the app, and at the code shown now.',
	'error.triesLeft': 'Tries left before a {seconds}-second lock: {count}.',
	'error.reused':
		'This code has already been used, and each code works only once. Wait for the app to show the next code (30 seconds at most), then type that one.',
	'error.lockedNow': '{count} wrong codes in a row: for safety, no code is accepted for {seconds} seconds. What you typed is still in the field.',
	'error.lockedStill': 'Codes are not accepted yet. Please wait another {seconds} s.',
	'error.skewAhead': 'Your phone’s clock seems to be about {time} ahead of the clock of the device showing this page.',
	'error.skewBehind': 'Your phone’s clock seems to be about {time} behind the clock of the device showing this page.',
	'error.skewFix':
		'The code is right for the phone’s time, but with its clock this far off, real sign-ins will fail too. In the phone’s settings, turn automatic date and time off and then on again (iPhone: Settings → General → Date & Time; Android: Settings → System → Date & time). If that does not help, check the clock of the device showing this page too.',
	'time.seconds': '{count} seconds',
	'time.minutes': '{count} minutes',
	'lock.countdown': 'You can try again in {seconds} s.',
	'lock.over': 'You can type a code again.',

	'virtual.summary': 'No phone? Use the practice app on this page',
	'virtual.intro':
		'Instead of a real app, this practice app makes the codes inside this page, from the same secret key. Type the code it shows into the field above.',
	'virtual.name': 'Practice authenticator',
	'virtual.badge': 'Practice',
	'virtual.code': 'Current code',
	'virtual.left': '{seconds} s left',

	'diagram.caption': 'The 30-second windows, and which codes are accepted',
	'diagram.farPast': 'Two windows back',
	'diagram.prev': 'Previous 30 s',
	'diagram.now': 'These 30 s',
	'diagram.next': 'Next 30 s',
	'diagram.farFuture': 'Two windows ahead',
	'diagram.accepted': 'Accepted',
	'diagram.refused': 'Refused (clock off)',
	'diagram.step': 'Window number',
	'diagram.left': 'The current code changes in {seconds} s',
	'diagram.static': 'The code changes each time a new window starts.',

	'reset.button': 'Start over (make a new QR code)',
	'reset.done':
		'A new QR code with a new secret key is ready. Codes from the practice entry you added before no longer work: delete it from the app and scan the new QR code.',
} as const satisfies Record<PairingKey, string>;

export const PAIRING: Record<Lang, Record<PairingKey, string>> = { ja, en };

export function pairingText(lang: Lang, key: PairingKey, values: Record<string, string | number> = {}): string {
	return fill(PAIRING[lang][key], values);
}

/** Replaces each `{name}` with its value; shared by the build and the page's script. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The strings a script needs, as one JSON-ready object: only the keys with the given
 * prefixes, so a page ships the words it can show and no more.
 */
export function pairingStrings(lang: Lang, prefixes: readonly string[]): Partial<Record<PairingKey, string>> {
	return Object.fromEntries(
		Object.entries(PAIRING[lang]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
	) as Partial<Record<PairingKey, string>>;
}
