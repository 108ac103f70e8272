/**
 * The live passkey demo (/passkey-demo/) in Japanese: spread into ja.ts (the one Japanese
 * dictionary); en.ts has the same keys from passkey-demo.en.ts. `{name}` marks a value the
 * page fills in; the page's scripts get the keys they need as JSON (pick() in index.ts).
 */

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	// The prompt's site name, and the passkey's user name on the device: it says it is
	// practice and when it was made, so the reader finds it and deletes it without worry.
	'passkeyDemo.rp.name': '{site}（練習）',
	'passkeyDemo.user.name': '練習用パスキー（削除してOK）{date}',

	'passkeyDemo.noscript.demo':
		'この練習には JavaScript が必要です。JavaScript を有効にすると、パスキーを作るボタン、' +
		'サインインのボタン、そっくりなアドレスで試すボタンが表示されます。' +
		'説明はこのままでも読めます。',
	'passkeyDemo.noscript.part': 'この部分は JavaScript を有効にすると使えます。',
	'passkeyDemo.unsupported':
		'このブラウザーでは、パスキーを作れません（パスキーのしくみ WebAuthn に対応していないか、' +
		'https:// でないアドレスで開いています）。新しい Chrome、Edge、Safari、Firefox で、' +
		'https:// のアドレスで開いてください。説明はこのままでも読めます。',
	'passkeyDemo.unsupported.part': 'この部分は、パスキーに対応したブラウザーで使えます。',
	'passkeyDemo.waiting':
		'ブラウザーや端末の画面の案内に従ってください（指紋、顔、PIN、' +
		'またはスマートフォンで QR コードを読み取る）。',

	// 1. Create
	'passkeyDemo.create.button': 'パスキーを作る',
	'passkeyDemo.create.stateNone': 'まだ練習用パスキーはありません。',
	'passkeyDemo.create.stateSaved':
		'練習用パスキー「{name}」があります（{rpId} 用）。' +
		'このブラウザーには公開鍵だけを保存しています。',
	'passkeyDemo.create.again':
		'作り直すときは、ページの最後の「最初からやり直す」を押してから、もう一度作ってください。',
	'passkeyDemo.create.done':
		'パスキーができました。次は「2. パスキーでサインインする」で、パスワードを使わずにサインインしてみましょう。',
	'passkeyDemo.create.bound': 'このパスキーは {rpId} 専用です。ほかのアドレスのページでは使えません。',
	'passkeyDemo.create.storeFailed':
		'ブラウザーの保存領域を使えないため、このページを閉じると、ページはパスキーを忘れます。',

	// 2. Sign in
	'passkeyDemo.signin.button': 'パスキーでサインインする',
	'passkeyDemo.signin.needPasskey': 'まず「1. パスキーを作る」で練習用パスキーを作ってください。',
	'passkeyDemo.signin.done': 'パスワードを使わずに、パスキーでサインインできました（{count} 回目）。',

	// The ticks: what the page checked, in plain words, folded under one line after the plain sentence.
	'passkeyDemo.check.summary': 'このページが確かめたこと（{count} 項目）',
	'passkeyDemo.check.challenge':
		'チャレンジ: このページが今回出した使い捨ての値（32 バイトの乱数）と一致しました',
	'passkeyDemo.check.origin': 'オリジン: このサイトのアドレス {origin} で使われました',
	'passkeyDemo.check.rpId': 'RP ID（どのサイト用か）: {rpId} 用のパスキーです',
	'passkeyDemo.check.userPresent': 'ユーザーの存在（UP）: 端末を人が操作しました',
	'passkeyDemo.check.userVerifiedYes':
		'ユーザーの検証（UV）: はい。端末が指紋、顔、PIN などで本人を確かめました',
	'passkeyDemo.check.userVerifiedNo':
		'ユーザーの検証（UV）: いいえ。端末は本人を確かめていません' +
		'（PIN のないセキュリティ キーなど）。この練習では受け付けますが、' +
		'本番のサインインでは、ふつう本人の確認を求められます',
	'passkeyDemo.check.publicKey':
		'公開鍵: 受け取って、このブラウザーに保存しました（{algorithm}）。秘密鍵は端末から出ません',
	'passkeyDemo.check.signature': '署名: 保存してある公開鍵で確かめました（{algorithm}）',
	'passkeyDemo.check.counter':
		'カウンター: {counter}（0 のままのパスキーもあります。増えるパスキーでは、' +
		'前回より大きいことを確かめます）',
	'passkeyDemo.check.attestation':
		'アテステーション（端末の製造元の証明）: 求めていないので、確かめていません',

	// Refusals of an answer (src/passkey/verify.ts, Refusal).
	'passkeyDemo.refused.malformed': 'パスキーの応答を読み取れませんでした。もう一度試してください。',
	'passkeyDemo.refused.ceremony':
		'応答の種類が違います（作成とサインインが入れ替わっています）。もう一度試してください。',
	'passkeyDemo.refused.challenge':
		'チャレンジが一致しません。この応答は、' +
		'このページが今回出した値に対するものではありません（古い応答の使い回しなど）。' +
		'もう一度押してください。',
	'passkeyDemo.refused.origin':
		'別のアドレスで使われた応答です。このサイトのアドレス（{origin}）で開き直してください。',
	'passkeyDemo.refused.rpId':
		'別のサイト用のパスキーの応答です（{rpId} 用ではありません）。' +
		'このサイトの練習用パスキーを選んでください。',
	'passkeyDemo.refused.userPresent':
		'端末が「人が操作した」ことを示していません（UP フラグがありません）。もう一度押して、' +
		'端末の画面の案内に従って操作してください。',
	'passkeyDemo.refused.algorithm':
		'このページが確かめられない種類の鍵です（確かめられるのは ES256 と RS256）。' +
		'別の端末か保存先を選んでください。',
	'passkeyDemo.refused.credential':
		'登録したものとは別のパスキーで応答がありました（ほかのサイトのものか、' +
		'前に作った練習用パスキー）。もう一度押して「{name}」を選んでください。',
	'passkeyDemo.refused.signature':
		'署名が、保存してある公開鍵と一致しません。サインインは受け付けませんでした。' +
		'もう一度試しても同じなら、「最初からやり直す」で新しいパスキーを作ってください。',
	'passkeyDemo.refused.counter':
		'カウンターが前回より増えていません。パスキーが複製された可能性があるため、' +
		'受け付けませんでした。',

	// The browser's answers to a ceremony (src/islands/passkey/session.ts, Failure).
	'passkeyDemo.error.createCancelled':
		'パスキーは作られませんでした。画面を閉じたか、時間切れになったようです。' +
		'もう一度「パスキーを作る」を押せば、やり直せます。',
	'passkeyDemo.error.signinCancelled':
		'サインインは完了しませんでした。画面を閉じたか、時間切れになったか、' +
		'この端末に練習用パスキーがもうない（削除した）ようです。もう一度押すか、' +
		'パスキーを削除した場合は「最初からやり直す」を押して新しく作ってください。',
	'passkeyDemo.error.aborted': '新しい操作が始まったので、前の操作は取り消されました。',
	'passkeyDemo.error.exists':
		'この端末（保存先）には、すでにこのサイトのパスキーがあります。' +
		'別の保存先を選んでください。',
	'passkeyDemo.error.domain':
		'このアドレスではパスキーを使えません（IP アドレスで開いている場合など）。' +
		'サイトの名前のアドレスで開いてください。',
	'passkeyDemo.error.noAuthenticator':
		'この端末（または選んだ保存先）では、このサイト用のパスキーを作れません。別の保存先か、' +
		'スマートフォン（QR コード）を選んでください。',
	'passkeyDemo.error.loadFailed':
		'確認のためのプログラムを読み込めませんでした。通信を確かめて、もう一度押してください。',
	'passkeyDemo.error.unknown': 'うまくいきませんでした（{name}）。もう一度試してください。',

	// 3. The look-alike
	'passkeyDemo.lookalike.button': 'そっくりなアドレスで試す',
	'passkeyDemo.lookalike.needSignIn':
		'まず「2. パスキーでサインインする」でサインインしてください。' +
		'そのときの応答を使って試します。',
	'passkeyDemo.lookalike.intro':
		'最後のサインインの応答を、そっくりなアドレス {fake} のサイトが確かめたとすると:',
	'passkeyDemo.lookalike.origin':
		'拒否（アドレスが違う）: 応答には、使われた場所として {origin} と書かれています。' +
		'{fake} ではありません。',
	'passkeyDemo.lookalike.rpId':
		'拒否（RP ID が違う）: 署名されたデータには {rpId} が入っています。{fakeRpId} ではありません。' +
		'書き換えれば署名が合わなくなります。',
	'passkeyDemo.lookalike.browser':
		'実際には、ブラウザーは {fake} のページにこのパスキーを出しもしません。' +
		'パスキーは作られたサイト（{rpId}）でしか使えないからです。',
	'passkeyDemo.lookalike.unexpected': '予想と違い、{fake} として確かめても拒否されませんでした。',

	// Start over
	'passkeyDemo.reset.button': '最初からやり直す（このページの記録を消す）',
	'passkeyDemo.reset.done':
		'このブラウザーから練習用パスキーの記録（公開鍵）を消しました。' +
		'端末に残っているパスキー「{name}」は、上の手順で削除してください。',
	'passkeyDemo.reset.nothing': '消す記録はありません。',
} as const;
