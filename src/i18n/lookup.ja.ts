/**
 * The message lookup (/messages/), the links to troubleshooting answers and Pagefind's words, in
 * Japanese. Spread into ja.ts; en.ts has the same keys from lookup.en.ts. A message's quotes
 * (what the screen or Microsoft says) are not here but in src/messages/messages.ts, each with its
 * source: these are the guide's own words about them.
 */

// Long strings are split by hand so that each line stays within 140 characters (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'sidebar.messages': 'エラーと表示の一覧',

	'messages.search.label': 'エラーコードか、画面に表示された言葉',
	'messages.search.hint':
		'「50076」「AADSTS50076」のようなコードか、「応答がありません」「limit」のような画面の言葉を入力すると、' +
		'当てはまる表示だけが残ります。日本語でも英語でも探せます。',
	'messages.search.count': '{n} 件見つかりました',
	'messages.search.none': '見つかりませんでした。コードの数字だけか、短い言葉で探してください。',
	'messages.search.all': 'すべての表示（{n} 件）',
	'messages.kind.screen': '画面の表示',
	'messages.kind.code': 'Microsoft によるコードの説明（英語）',
	'messages.source': '出典: ',
	'messages.thirdParty': '（Microsoft 以外のページ）',
	'messages.gloss': '（Microsoft の文書の訳。画面の表示と同じかは未確認）',
	'messages.unverified': '出典は見つかっていません。実際の画面の表示は異なる場合があります',
	'messages.meaning': '意味',
	'messages.todo': 'どうすればよいか',
	'messages.topic': '「困ったときは」の答え: ',
	'messages.steps': 'ガイドの手順: ',
	'messages.practice': 'シミュレーターで見る: ',
	'messages.helpdesk.caption': '画面の表示とエラーコード（「エラーと表示の一覧」の各項目へのリンク）',
	'messages.helpdesk.col.message': '表示・コード',

	// The troubleshooting page's answers, shared as the steps are (copy-link and QR code).
	'share.col': '共有',
	'share.qrImage': 'このリンクの QR コード',
	'topics.helpdesk.caption': '「困ったときは」の答え（各答えへのリンク）',
	'topics.helpdesk.col.topic': '相談',

	'message.request-denied.title': '要求が拒否されました（Request denied）',
	'message.request-denied.meaning':
		'サインインの確認が拒否されました。アプリで「いいえ」や「拒否」を選んだとき、または報告したときに表示されます。' +
		'エラーコード 500121 と一緒に表示されることがあります。',
	'message.request-denied.todo':
		'自分でサインインしていて間違えて拒否したときは、もう一度サインインして承認します。' +
		'自分がサインインしていないのに要求が届いて拒否したのなら、それで正しい対応です。すぐにパスワードを変更し、窓口に連絡してください。',
	'message.no-response.title': '要求に応答がありませんでした（We didn’t hear from you）',
	'message.no-response.meaning': 'アプリへの承認の要求に、時間内に答えがありませんでした。通知が届かなかったか、承認が間に合いませんでした。',
	'message.no-response.todo':
		'もう一度送信し、スマートフォンのアプリを開いて承認します。通知が届かないときは、アプリを開くと要求が表示されることがあります。',
	'message.number-mismatch.title': '番号が一致しませんでした',
	'message.number-mismatch.meaning': 'アプリに入力した番号が、サインインの画面に表示された 2 桁の番号と違っていました。サインインは承認されていません。',
	'message.number-mismatch.todo': 'もう一度送信し、PC の画面に表示された新しい番号をアプリに入力します。番号は要求のたびに変わります。',
	'message.no-numbers.title': 'アプリに番号が表示されない場合は、最新バージョンに更新してください',
	'message.no-numbers.meaning': 'サインインの画面の番号を入力する欄が、アプリに表示されないときの案内です。アプリが古いと、番号を入力できません。',
	'message.no-numbers.todo': 'App Store か Google Play ストアで、Microsoft Authenticator を最新版に更新してから、もう一度サインインします。',
	'message.call-limit.title': '確認の電話の上限に達しました（You’ve hit our limit on verification calls）',
	'message.call-limit.meaning':
		'短い時間に何度も確認の電話をかけたため、Microsoft が電話での確認を一時的に止めています。' +
		'この制限は、Microsoft Authenticator や確認コードにはかかりません。',
	'message.call-limit.todo':
		'しばらく（数時間から数日）待ってからやり直すか、アプリなどほかの方法でサインインします。急ぐときは窓口に相談してください。',
	'message.text-limit.title': 'SMS のコードの上限に達しました（You’ve hit our limit on text verification codes）',
	'message.text-limit.meaning':
		'短い時間に何度も SMS のコードを送ったため、Microsoft が SMS での確認を一時的に止めています。' +
		'この制限は、Microsoft Authenticator や確認コードにはかかりません。',
	'message.text-limit.todo':
		'コードを何度も送り直さず、しばらく（数時間から数日）待ってからやり直すか、アプリなどほかの方法でサインインします。',
	'message.trouble-verifying.title': 'アカウントの確認に問題が生じています（Sorry, we’re having trouble verifying your account）',
	'message.trouble-verifying.meaning': '電話や SMS での確認がうまくいきませんでした。',
	'message.trouble-verifying.todo': 'アプリや確認コードなど、ほかに登録してある方法でサインインします。ほかの方法がないときは、窓口に相談してください。',
	'message.sign-in-blocked.title': 'サインインがブロックされました（Your sign-in was blocked）',
	'message.sign-in-blocked.meaning':
		'サインインが止められています。不審なサインインとして報告されたときや、大学の設定で許されない場所や端末からのときに起こります。',
	'message.sign-in-blocked.todo':
		'自分ではブロックを解除できません。表示された時刻とエラーコードを控えて、窓口に連絡してください。' +
		'身に覚えのないサインインだったときは、すぐにパスワードを変更してください。',
	'message.more-info-required.title': '詳細情報が必要（More information required）',
	'message.more-info-required.meaning':
		'二要素認証の方法がまだ登録されていないときに、サインインの途中で表示されます。いまの画面では、続いて' +
		'「アカウントをセキュリティ保護しましょう」が表示されます。',
	'message.more-info-required.todo': '「次へ」を押して、認証の方法を登録します。ガイドの初回登録の手順のとおりに進めてください。',
	'message.aadsts50074.title': 'AADSTS50074: 二要素認証を終えていない',
	'message.aadsts50074.meaning': '二要素認証が必要なサインインで、確認（アプリの承認やコードの入力）が終わりませんでした。',
	'message.aadsts50074.todo':
		'もう一度サインインし、確認を最後まで終えます。通知が届かないときや、スマートフォンが手元にないときは、ほかの方法を選びます。',
	'message.aadsts50076.title': 'AADSTS50076: 二要素認証が必要になった',
	'message.aadsts50076.meaning':
		'大学の設定が変わったか、いつもと違う場所からサインインしたため、二要素認証での確認が必要になりました。',
	'message.aadsts50076.todo': '登録してある方法で確認を終えます。ブラウザーやアプリがそのまま止まるときは、サインインし直してください。',
	'message.aadsts50079.title': 'AADSTS50079: 認証の方法の登録が必要',
	'message.aadsts50079.meaning': '二要素認証の方法（セキュリティ情報）が、まだ登録されていません。',
	'message.aadsts50079.todo': 'ブラウザーでサインインし直し、ガイドの初回登録の手順のとおりに方法を登録します。',
	'message.aadsts50088.title': 'AADSTS50088: 電話での確認の上限に達した',
	'message.aadsts50088.meaning': '電話での確認の回数が上限に達しました。',
	'message.aadsts50088.todo': '数分待ってからやり直すか、アプリなどほかの方法でサインインします。',
	'message.aadsts50125.title': 'AADSTS50125: パスワードのリセットの登録で中断された',
	'message.aadsts50125.meaning': 'パスワードのリセットや、その登録のために、サインインが途中で止まりました。',
	'message.aadsts50125.todo': '画面の案内に従って登録を終えてから、もう一度サインインします。',
	'message.aadsts50158.title': 'AADSTS50158: 外部の確認が終わっていない',
	'message.aadsts50158.meaning':
		'別のページや認証の仕組みでの確認が、まだ終わっていません。Microsoft によると、このコードだけではサインインの失敗を意味しません。',
	'message.aadsts50158.todo': '画面の案内に従って続けます。何度も表示されて進めないときは、窓口に相談してください。',
	'message.aadsts53003.title': 'AADSTS53003: 条件付きアクセスでブロックされた（現時点ではこれにアクセスできません）',
	'message.aadsts53003.meaning':
		'大学の設定（条件付きアクセス）により、このサインインが許可されませんでした。場所、端末、アプリなどの条件で止められています。',
	'message.aadsts53003.todo':
		'自分では解決できません。エラーコード、時刻、使っている端末とアプリ、いる場所を控えて、窓口に連絡してください。',
	'message.aadsts53004.title': 'AADSTS53004: 危険性のため登録が止められた',
	'message.aadsts53004.meaning': '二要素認証の登録を終える必要がありますが、危険性が高いと判断されたため、ここでは登録できません。',
	'message.aadsts53004.todo': '自分では解決できません。窓口に連絡してください。',
	'message.error-500121.title': '500121: 二要素認証で失敗した',
	'message.error-500121.meaning':
		'二要素認証の確認が完了しませんでした。時間切れ、拒否、または方法の設定の問題で起こります。' +
		'「要求が拒否されました」と一緒に表示されることがあります。',
	'message.error-500121.todo':
		'自分でサインインしていたのなら、もう一度サインインして確認を終えます。' +
		'身に覚えのない要求を拒否したのなら、それで正しい対応です。パスワードを変更し、窓口に連絡してください。',

	// Pagefind's search box and results (Starlight's search), as Pagefind's own Japanese
	// translation words them (@pagefind/default-ui, translations/ja.json).
	'pagefind.clear_search': 'クリア',
	'pagefind.load_more': '次を読み込む',
	'pagefind.search_label': 'このサイトを検索',
	'pagefind.filters_label': 'フィルタ',
	'pagefind.zero_results': '[SEARCH_TERM]の検索に一致する情報はありませんでした',
	'pagefind.many_results': '[SEARCH_TERM]の[COUNT]件の検索結果',
	'pagefind.one_result': '[SEARCH_TERM]の[COUNT]件の検索結果',
	'pagefind.alt_search': '[SEARCH_TERM]の検索に一致する情報はありませんでした。[DIFFERENT_TERM]の検索結果を表示しています',
	'pagefind.search_suggestion': '[SEARCH_TERM]の検索に一致する情報はありませんでした。次のいずれかの検索を試してください',
	'pagefind.searching': '[SEARCH_TERM]を検索しています',
} as const;
