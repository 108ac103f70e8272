import finder from './finder.ja';
import lookup from './lookup.ja';
import manage from './manage.ja';
import managePractice from './manage-practice.ja';
import manual from './manual.ja';
import passkeyDemo from './passkey-demo.ja';
import today from './today.ja';

/**
 * Every string of the site in Japanese, the root language: this file defines the keys
 * (src/i18n/index.ts exports them as `Key`). Each other language has a file of its own
 * (en.ts) with the same keys: its `satisfies Record<Key, string>` makes a key missing from
 * it a type error rather than a blank on the page, and tests/unit/parity.test.ts checks
 * at run time that no value is blank and every `{placeholder}` is kept.
 *
 * Read strings through t() and pick() in src/i18n/index.ts; a client script gets the keys it
 * needs as JSON from its page and never imports this file.
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
	// The site's title (Starlight's, after the institution's name) and the sidebar's groups
	// and links (astro.config.mjs); chapters in the sidebar are named by their own titles.
	'site.title': '{institution} 二要素認証ガイド',
	'sidebar.overview': 'はじめに',
	'sidebar.choose': '認証方法を選ぶ',
	'sidebar.steps': '認証方法ごとの手順',
	'sidebar.practice': '練習する',
	'sidebar.manual': '手順書（2020 年 12 月版）',
	'sidebar.troubleshooting': '困ったときは',
	'sidebar.helpdesk': '窓口用 手順リンク一覧',

	// The chapters: phases and steps, methods, notices, the contact box, the overview's
	// advice and the links to practise.
	'phase.setup': '初回登録',
	'phase.signin': '次回以降の認証',
	'step.label': '手順',
	'step.copyLink': 'リンクをコピー',
	'step.copied': 'リンクをコピーしました',
	'step.copyFailed':
		'コピーできませんでした。このリンクを長押しまたは右クリックしてコピーしてください',
	'step.permalink': 'この手順へのリンク',
	// The manual's edition: the printed manual's own step number and its section's pages (src/manual-steps.ts).
	'step.manualPlace': '手順書 {number}（P.{first}～{last}）',
	// A note of this guide's in the manual's edition, which the printed manual does not have (GuideNote.astro).
	'guideNote.label': 'ガイドの補足',
	'method.sms': 'SMS（テキストメッセージ）',
	'method.call': '電話の着信',
	'method.push': 'アプリで承認（Microsoft Authenticator）',
	'method.code': 'アプリのコード（Microsoft Authenticator）',
	'method.passkey': 'パスキー（Microsoft Authenticator）',
	'method.short.sms': 'SMS',
	'method.short.call': '電話',
	'method.short.push': 'アプリで承認',
	'method.short.code': 'アプリのコード',
	'method.short.passkey': 'パスキー',
	// The overview's cards: the manual's own summary of each method and its trade-off.
	'method.blurb.sms':
		'携帯電話で SMS（無料）を受け取り、書かれているコードを入力します。' +
		'ふだんはこの方法がおすすめです。',
	'method.blurb.call':
		'携帯電話か固定電話で着信（無料）を受け、電話機を操作して確認します。' +
		'音声の着信が必要なので、場面によっては使いにくいことがあります。',
	'method.blurb.push':
		'アプリ「Microsoft Authenticator」に届く通知に、PC に表示された 2 桁の番号を入力して' +
		'「はい」を押します。アプリは常駐するため、スマートフォンのバッテリーを消費します。',
	'method.blurb.code':
		'認証アプリ（Microsoft Authenticator など）に表示される 6 桁のコードを入力します。' +
		'Microsoft Authenticator は常駐するため、スマートフォンのバッテリーを消費します。',
	// Not the manual's (it has no passkeys): facts §8 and §10.
	'method.blurb.passkey':
		'スマートフォンの Microsoft Authenticator に作るパスキーで、顔認証・指紋・PIN でサインインします。' +
		'偽のサイトでは使えません。SMS と電話の人は 2026 年 9 月から登録を勧められています。',
	// The SMS card where the institution does not keep SMS after 1 February 2027
	// (institution.smsVoiceViaCarrier false): the manual's advice, said to be the manual's.
	'method.blurbRetiring.sms':
		'携帯電話で SMS（無料）を受け取り、書かれているコードを入力します。' +
		'手順書（2020 年 12 月）のおすすめでしたが、' +
		'Microsoft は 2027 年 2 月 1 日から SMS を送らなくなります。',
	'method.notOffered': 'この方法は現在提供されていません。',
	// Which edition a chapter or simulator shows (src/components/edition/EditionNote.astro).
	'edition.today.label': '2026 年 11 月時点の画面です。',
	'edition.today.body':
		'Microsoft の画面は予告なく変わります。大学の手順書（2020 年 12 月版）とは画面が違います。',
	'edition.today.twin': '手順書（2020 年 12 月版）のとおりの手順を読む',
	'edition.today.twinPractice': '手順書（2020 年 12 月版）の画面で練習する',
	'edition.today.noTwin':
		'パスキーは手順書（2020 年 12 月版）にはありません。この章はこのガイドが書いたものです。',
	'edition.manual.label': '大学の手順書（2020 年 12 月版）のとおりの手順です。',
	'edition.manual.body':
		'いまの Microsoft の画面とは違います（登録の画面、通知で番号を入力することなど）。',
	'edition.manual.twin': 'いまの画面の手順を読む',
	'edition.manual.twinPractice': 'いまの画面で練習する',
	'edition.sources': 'この章の画面の出典',
	'edition.thirdParty': '（第三者の資料）',
	'edition.sourcesNote':
		'2026 年 11 月に公開資料で確かめた画面です。' +
		'確かめられなかった表示は、そのことを本文に書いています。',
	'notice.retirement.title': 'SMS と電話による認証の変更予定',
	// Dates and rules from Microsoft Learn (concept-sms-voice-retirement, ms.date 2026-07-29) and
	// Microsoft Japan's support blog (2026-07-15): facts §8.7 and §10.
	'notice.retirement.body':
		'Microsoft は、SMS による確認コードの送信と音声通話による確認（電話で # を押す）を自社では行わなくなり、' +
		'パスキーを標準の認証方法にすると発表しています。',
	'notice.retirement.sep2026':
		'2026 年 9 月 1 日から: SMS や電話で認証している人には、' +
		'サインインのあとにパスキーの登録が勧められます。' +
		'今は「スキップ」して後にすることもできます。',
	'notice.retirement.feb2027':
		'2027 年 2 月 1 日から: Microsoft は SMS のコードの送信と確認の電話をしなくなります。' +
		'SMS か電話しか登録していない人は、パスキーを登録しないと先に進めなくなります。',
	'notice.retirement.org':
		'大学などの組織は通信事業者を通じて SMS と電話を使い続けることもできます。' +
		'実際にどの方法が使えるかは、所属する組織の案内に従ってください。',
	'notice.retirement.try': 'パスキーを自分の端末で試す（練習）',
	'notice.retirement.source':
		'出典: Microsoft Learn「Passkeys by default and retirement of Microsoft-provided SMS and voice authentication」',
	'notice.retirement.href': 'https://learn.microsoft.com/ja-jp/entra/identity/authentication/concept-sms-voice-retirement',
	// The SMS chapters' note that the chapter is this guide's own (src/components/SmsGuide.astro).
	'smsGuide.title': 'この章について',
	'smsGuide.body':
		'{institution}の手順書（2020 年 12 月版）は、SMS の手順を別の案内に任せていて、' +
		'SMS の章がありません。この章は、手順書のほかの章にならって、このガイドが書いたものです。',
	'smsGuide.link': '{institution}の SMS の案内を読む',
	'helpdesk.title': '困ったときの連絡先',
	'helpdesk.email': 'メール',
	'helpdesk.phone': '電話',
	'helpdesk.hours': '受付時間',
	'helpdesk.web': 'ウェブサイト',
	'advice.sms.lead': 'ふだんは {n} の SMS がおすすめです。',
	'advice.sms.rest': '携帯電話に届いたコードを入力するだけです。',
	// Where the institution does not keep SMS and calls after 1 February 2027 (MethodAdvice.astro).
	'advice.smartphone.lead': 'スマートフォンがあれば、{what}がおすすめです。',
	'advice.smartphone.passkeyAndApp': '{p} のパスキーか {a} のアプリ',
	'advice.smartphone.passkey': '{p} のパスキー',
	'advice.smartphone.app': '{a} のアプリ',
	'advice.smartphone.rest': 'Microsoft は 2027 年 2 月 1 日から SMS のコードの送信と確認の電話をしなくなります。',
	'advice.sms.manualLead': '{n} の SMS',
	'advice.sms.manualRest':
		'は、手順書（2020 年 12 月）がふだんのおすすめとしていた方法です。' +
		'携帯電話に届いたコードを入力するだけですが、2027 年 2 月 1 日からは届かなくなります。',
	'advice.call.lead': '{n} の電話の着信',
	'advice.call.rest':
		'は、音声の着信を受ける必要があるため、' +
		'授業中や図書館など場面によっては使いにくいことがあります。',
	'advice.app.lead.one': '{n} のアプリ',
	'advice.app.lead.other': '{n} のアプリ',
	'advice.app.rest': 'は常駐アプリになるため、スマートフォンのバッテリーを消費します。',
	'advice.passkey.lead': '{n} のパスキー',
	'advice.passkey.rest':
		'は、偽のサイトでは使えない新しい方法です。' +
		'SMS や電話の人は 2026 年 9 月からサインインのあとに勧められ、' +
		'2027 年 2 月 1 日からは SMS や電話だけでは先に進めなくなります。',
	'advice.abroad.lead': '海外にいるとき',
	'advice.abroad.rest': 'は、携帯電話のローミング中に{what}を受けると着信料がかかります。',
	'advice.abroad.what.both': ' SMS や音声の着信',
	'advice.abroad.what.sms': ' SMS',
	'advice.abroad.what.call': '音声の着信',
	'advice.abroad.app': '海外では {n} のアプリを使ってください。',
	'advice.abroad.noApp': '海外でサインインする予定があるときは、出発する前に窓口に相談してください。',
	'advice.choose.before': '迷ったときは「',
	'advice.choose.link': '認証方法を選ぶ',
	'advice.choose.after': '」で、いくつかの質問に答えると、合う方法がわかります。',

	'practiceLinks.title': '本番の前に練習する',
	'practiceLinks.simulator':
		'PC とスマートフォンの画面を再現したシミュレーターで、登録からサインインまでを試せます。' +
		'本物のアカウントには何も登録されません。',
	'practiceLinks.pairing':
		'自分のスマートフォンの認証アプリで練習用の QR コードを読み取り、' +
		'表示される 6 桁のコードを入力してみます。',

	// Step titles, by method and step id: src/steps.ts lists each method's step ids in order.

	// The helpdesk tools: the step-link table, the method chooser, the troubleshooting
	// page's links and the language switch (the other language's name is its label in
	// src/i18n/locales.ts).
	'lang.switchTitle': 'このページを{language}で読む',

	'helpdesk.caption': 'すべての認証方法の手順と、その手順へのリンク',
	// The table's two groups: today's screens first, then the manual's (src/components/helpdesk/StepTable.astro).
	'helpdesk.edition.today': 'いまの画面（2026 年 11 月時点）',
	'helpdesk.edition.manual': '手順書（2020 年 12 月版）',
	'helpdesk.col.method': '認証方法',
	'helpdesk.col.step': '手順',
	'helpdesk.col.text': '内容（手順へのリンク）',
	'helpdesk.col.share': '共有と練習',
	'helpdesk.copy': 'リンクをコピー',
	'helpdesk.copied': 'リンクをコピーしました',
	'helpdesk.copyFailed': 'コピーできませんでした。次のリンクを選んでコピーしてください:',
	'helpdesk.qr': 'QR コード',
	'helpdesk.qrShow': 'QR コードを表示',
	'helpdesk.qrHeading': 'スマートフォンのカメラで読み取ってください',
	'helpdesk.qrImage': 'この手順へのリンクの QR コード',
	'helpdesk.qrLoading': 'QR コードを作成しています…',
	'helpdesk.qrFailed': 'QR コードを作成できませんでした。上のリンクを伝えてください。',
	'helpdesk.close': '閉じる',
	'helpdesk.practice': '練習する',
	'helpdesk.practiceName': 'シミュレーターで練習する',

	'chooser.legend.device': '本人確認に使える電話はどれですか？',
	'chooser.device.smartphone': 'スマートフォン',
	'chooser.device.mobile': 'スマートフォンではない携帯電話',
	'chooser.device.landline': '固定電話だけ',
	'chooser.legend.abroad': '海外でサインインすることがよくありますか？',
	'chooser.legend.battery': 'スマートフォンのバッテリーの減りが気になりますか？',
	'chooser.yes': 'はい',
	'chooser.no': 'いいえ',
	'chooser.result.heading': 'あなたへのおすすめ',
	'chooser.result.pending': '上の質問に答えると、おすすめの方法がここに表示されます。',
	'chooser.result.recommended': 'おすすめ:',
	'chooser.result.open': '「{method}」の手順を見る',
	'chooser.result.alternatives': 'ほかに使える方法',
	'chooser.result.none': '使える方法がありません',
	'chooser.case.home': '海外でサインインすることは少ない',
	'chooser.case.abroad': '海外でよくサインインする',
	'chooser.case.battery': 'バッテリーが気になる',
	'chooser.case.nobattery': 'バッテリーは気にならない',
	'chooser.case.and': '、',
	'chooser.case.arrow': ' → ',
	'chooser.askHelpdesk': '窓口に相談してください',
	'chooser.case.caution': '注意:',

	'note.noApp': 'SMS や電話はアプリを使わないので、スマートフォンのバッテリーの心配はありません。',
	'note.usual': '手順書（2020 年 12 月）では、ふだんは SMS をおすすめしています。SMS の受信は無料です。',
	// Microsoft Learn, concept-sms-voice-retirement (facts §8.7, §10).
	'note.smsEnding':
		'手順書（2020 年 12 月）は SMS をすすめていますが、' +
		'Microsoft は 2027 年 2 月 1 日から SMS のコードの送信と確認の電話をしなくなり、' +
		'SMS か電話しか登録していない人はパスキーを登録するまで先に進めなくなります。' +
		'スマートフォンがあれば、パスキーかアプリを使ってください。',
	'note.smsVoiceEnds':
		'2027 年 2 月 1 日から、Microsoft は SMS のコードの送信と確認の電話をしなくなります。' +
		'そのあと使える方法を、早めに窓口に確かめてください。',
	'note.abroadApp':
		'海外でローミング中に SMS や電話を受けると着信料がかかるため、' +
		'海外ではアプリを使う方法をおすすめします。',
	'note.offline':
		'アプリのコードはスマートフォンの中で作られるので、電波が届かなくても、' +
		'通信ができなくても使えます。',
	'note.battery': 'アプリは常駐するため、スマートフォンのバッテリーを消費します。',
	'note.roamingCost': '海外でローミング中に SMS や電話を受けると、着信料がかかることがあります。',
	'note.pushData':
		'アプリで承認する方法は、通知を受け取るためにインターネット接続が必要です。' +
		'海外でローミング中にモバイルデータ通信を使うと通信料がかかるので、Wi-Fi を使ってください。',
	// The passkey (not in the manual): facts §8 and §10.
	'note.passkey':
		'パスキーはスマートフォンの Microsoft Authenticator に作ります。偽のサイトでは使えず、' +
		'PC でサインインするときは QR コードを読み取り、Bluetooth でつなぎます。',
	'note.passkeySoon':
		'2026 年 9 月から、SMS や電話の人はサインインのあとにパスキーの登録を勧められます。' +
		'2027 年 2 月 1 日からは SMS や電話だけでは先に進めなくなるので、' +
		'早めにパスキーも登録してください。',
	'note.landlineAbroad':
		'海外にいる間は、日本の固定電話にかかってくる電話には出られません。' +
		'出発する前に窓口に相談してください。',
	'note.callAwkward':
		'電話に出る必要があるため、授業中や図書館など、場面によっては使いにくいことがあります。',
	'note.notOfferedFallback':
		'あなたの状況に最も合う方法は現在提供されていないため、次に合う方法を示しています。',
	'note.noneOffered': 'この電話で使える認証方法は、現在提供されていません。窓口に相談してください。',

	'steplink.where': '{method}：{phase} 手順 {number}',
	'steplink.withTitle': '{where}「{title}」',
	'contact.email': 'メール',
	'contact.phone': '電話',
	'contact.hours': '受付時間',
	'contact.web': 'ウェブサイト',

	// How the language writes what components put together: lists in running text (offer.ts,
	// the chapter and step links, the helpdesk's contact; the separator before the last item
	// of a list of alternatives or of a list of things that go together), method numbers
	// ("3・4"), small counts ("2 つ"; the numbers 0–10 as words, where the language spells
	// them), two sentences in a row, a phase named mid-sentence, and the parts of a line.
	'list.sep': '、',
	'list.and': '、',
	'list.or': '、',
	'list.numbers.sep': '・',
	'list.numbers.and': '・',
	'list.numbers.or': '・',
	'count.words': '0|1|2|3|4|5|6|7|8|9|10',
	'count.text': '{n} つ',
	'text.sentences': '{first}{second}',
	'steplink.phase.setup': '初回登録',
	'steplink.phase.signin': '次回以降の認証',
	'contact.details': '{name}（{details}）',
	'practiceLinks.pairingItem': '{link}：{text}',
	'helpdesk.where': '{edition}・{method}・{phase}・{number}',

	'topic.index': 'このページの相談',
	'topic.unexpected-request': '身に覚えのない確認の要求が届いた',
	'topic.number': '番号の入力を求められる・番号が表示されない',
	'topic.no-notification': 'アプリに承認の通知が届かない',
	'topic.other-method': 'アプリが手元にないとき（別の方法でサインインする）',
	'topic.new-phone': 'スマートフォンを買い替える',
	'topic.lost-phone': 'スマートフォンをなくした・壊れた',
	'topic.passkey-lost-phone': 'パスキーのスマートフォンをなくした',
	'topic.passkey-prompt': 'SMS のコードのあとにパスキーの登録を求められた',
	'topic.no-sms-or-call': 'SMS や電話が届かない',
	'topic.code-refused': 'コードが受け付けられない（スマートフォンの時刻のずれ）',
	'topic.full-width': '数字を入力しても受け付けられない（全角の数字）',
	'topic.abroad': '海外に行く',
	'topic.asked-every-time': 'サインインのたびに確認を求められる',
	'topic.remember-not-sticking': '「このメッセージを表示しない」にチェックしたのに、また聞かれる',

	// The live pairing demo (/pairing/). `{name}` marks a value the page fills in; the
	// page's scripts get the keys they need as JSON (pick() in src/i18n/index.ts).
	// The entry the authenticator app shows. Named so that nobody mistakes it for a real
	// account, and so that deleting it later feels safe.
	'pairing.app.issuer': '練習 (削除してOK)',

	'pairing.noscript.demo':
		'この練習には JavaScript が必要です。JavaScript を有効にすると、練習用の QR コード、' +
		'コードの入力欄、画面上の練習用アプリが表示されます。コードのしくみの説明は、' +
		'このままでも読めます。',
	'pairing.noscript.part': 'この部分は JavaScript を有効にすると使えます。',

	'pairing.qr.alt':
		'QR コード: 認証アプリに練習用アカウント「{issuer}」（{account}）を追加します。' +
		'読み取れないときは、下の秘密鍵を手動で入力してください。',
	'pairing.qr.making': 'QR コードを作っています…',
	'pairing.qr.failed': 'QR コードを作れませんでした。下の秘密鍵を手動で入力してください。',
	'pairing.qr.deleteLater': '練習が終わったら、アプリからこのエントリを削除してください。',
	'pairing.manual.summary': 'QR コードを読み取れないとき（手動で入力する）',
	'pairing.manual.intro':
		'アプリのアカウント追加画面で「コードを手動で入力」' +
		'（Google Authenticator では「セットアップ キーを入力」）を選び、次のとおり入力します。',
	'pairing.manual.account': 'アカウント名',
	'pairing.manual.key': '秘密鍵（キー）',
	'pairing.manual.keyHint': '4 文字ごとの区切りの空白は入力しなくてもかまいません。',
	'pairing.manual.type': 'キーの種類',
	'pairing.manual.timeBased': '時間ベース',
	'pairing.manual.copy': '秘密鍵をコピー',
	'pairing.manual.copied': '秘密鍵をコピーしました',
	'pairing.manual.copyFailed': 'コピーできませんでした。秘密鍵を選択してコピーしてください',
	'pairing.link.open': 'この端末の認証アプリで開く',
	'pairing.link.hint':
		'このページをスマートフォンで見ているときは、' +
		'QR コードを読み取る代わりにこのリンクをタップすると、' +
		'認証アプリにアカウントを追加できます。',

	'pairing.check.form': '練習用アカウントのコードを確かめる',
	'pairing.check.label': 'アプリに表示されている 6 桁のコード',
	'pairing.check.hint': '「123 456」のような空白や、全角の数字のままでもかまいません。',
	'pairing.check.submit': '確認',
	'pairing.check.stateUnpaired': 'まだペアリングしていません。',
	'pairing.check.statePaired': 'ペアリング済み。サインインの練習に成功した回数: {count}',
	'pairing.check.paired':
		'ペアリングできました。アプリとこのページが同じ秘密鍵を持っています。' +
		'30 秒ごとに新しいコードが表示されるので、次のコードでもサインインを練習できます。',
	'pairing.check.signedIn': '正しいコードです。サインインできました（{count} 回目）。',
	'pairing.check.nearStep':
		'このコードは前後 30 秒のものでしたが、' +
		'入力中の切り替わりや時計の小さなずれに備えて受け付けています。',
	'pairing.error.empty': 'コードを入力してください。アプリの「{issuer}」に表示されている 6 桁の数字です。',
	'pairing.error.wrongLength':
		'コードは 6 桁ですが、入力されたのは {length} 桁です。' +
		'アプリのコードをもう一度確かめてください。',
	'pairing.error.notDigits':
		'コードは数字だけです。文字や記号が入っていないか確かめてください（空白と「-」' +
		'は入っていてもかまいません）。',
	'pairing.error.wrongCode':
		'コードが違います。アプリで「{issuer}」のコードを見ているか、' +
		'今表示されているコードかを確かめてください。',
	'pairing.error.triesLeft': 'あと {count} 回間違えると、{seconds} 秒間は入力できなくなります。',
	'pairing.error.reused':
		'このコードはもう使われています。同じコードは 1 回しか使えません。' +
		'アプリに次のコードが表示されるまで待ってから入力してください（長くても 30 秒ほどです）。',
	'pairing.error.lockedNow':
		'間違ったコードが {count} 回続いたので、安全のため {seconds} 秒間は入力を受け付けません。' +
		'入力した内容はそのまま残っています。',
	'pairing.error.lockedStill': 'まだ入力を受け付けていません。あと {seconds} 秒待ってください。',
	'pairing.error.skewAhead':
		'スマートフォンの時計が、このページを開いている端末の時計より約 {time}進んでいるようです。',
	'pairing.error.skewBehind':
		'スマートフォンの時計が、このページを開いている端末の時計より約 {time}遅れているようです。',
	'pairing.error.skewFix':
		'コードは合っていますが、時計がずれていると本番のサインインでも失敗します。' +
		'スマートフォンの設定で、日付と時刻の「自動設定」' +
		'をいったんオフにしてからオンに戻してください（iPhone: 設定 → 一般 → 日付と時刻、' +
		'Android: 設定 → システム → 日付と時刻）。それでも直らないときは、' +
		'このページを開いている端末の時計も確かめてください。',
	// A code ahead of the clock counts as a wrong try (src/totp/verifier.ts, rule 4).
	'pairing.error.skewCounted': 'この入力も間違い 1 回に数えます。あと {count} 回間違えると、{seconds} 秒間は入力できなくなります。',
	'pairing.time.seconds': '{count} 秒',
	'pairing.time.minutes': '{count} 分',
	'pairing.lock.countdown': 'あと {seconds} 秒で入力できます。',
	'pairing.lock.over': 'もう一度コードを入力できます。',

	'pairing.virtual.summary': 'スマートフォンがないとき: この画面の練習用アプリを使う',
	'pairing.virtual.intro':
		'本物のアプリの代わりに、このページの中で同じ秘密鍵からコードを作る練習用のアプリです。' +
		'表示されたコードを上の入力欄に入力してください。',
	'pairing.virtual.name': '練習用の認証アプリ',
	'pairing.virtual.badge': '練習',
	'pairing.virtual.code': '現在のコード',
	'pairing.virtual.left': 'あと {seconds} 秒',

	'pairing.diagram.caption': '30 秒ごとの「窓」と、受け付けるコード',
	'pairing.diagram.farPast': '2 つ前の 30 秒',
	'pairing.diagram.prev': '前の 30 秒',
	'pairing.diagram.now': '今の 30 秒',
	'pairing.diagram.next': '次の 30 秒',
	'pairing.diagram.farFuture': '2 つ先の 30 秒',
	'pairing.diagram.accepted': '受け付ける',
	'pairing.diagram.refused': '受け付けない（時計のずれ）',
	'pairing.diagram.step': '窓の番号',
	'pairing.diagram.left': '今のコードが変わるまで: あと {seconds} 秒',
	'pairing.diagram.static': 'コードは窓が変わるたびに変わります。',

	'pairing.reset.button': '最初からやり直す（新しい QR コードを作る）',
	'pairing.reset.done':
		'新しい秘密鍵で QR コードを作り直しました。' +
		'前に追加した練習用エントリのコードはもう使えないので、アプリから削除し、' +
		'新しい QR コードを読み取ってください。',

	// The simulated screens and the practice page (src/screens/, src/islands/simulator/).
	// The simulator's code uses these keys as they are: practice.*, pc.*, phone.*, error.*, alt.*.
	// The Japanese uses the words of the manual and of the real screens.
	'practice.marker': '練習',
	// In the bar of a practice screen that shows a label no source confirms (src/i18n/unverified.ts).
	'practice.mayDiffer': '表示は異なる場合あり',
	'practice.mayDifferAlt': '一部の表示は確かめられていないため、実際の画面とは異なる場合があります。',
	'practice.pc': 'PC のブラウザー',
	'practice.phone': 'スマートフォン',
	'practice.guide': 'いまの手順',
	'practice.stepOf': '手順',
	'practice.readMore': 'この手順の説明を読む',
	'practice.startOver': '最初からやり直す',
	'practice.continue': '次の手順へ進む',
	'practice.done': '練習は完了です。お疲れさまでした。',
	'practice.practiseStep': 'この手順を練習する',
	'practice.figure': '練習用の画面の例',
	'practice.loading': '練習用の画面を準備しています…',
	'practice.noscript': 'この練習には JavaScript が必要です。手順の説明は各章で読めます。',
	'practice.offline': '練習用のサービスに接続できませんでした。もう一度お試しください。',
	'practice.retry': '再試行',
	// On a phone the practice shows one device at a time, with a switch between the two.
	'practice.glance.match': 'PC に表示されている番号',
	'practice.glance.app': 'スマートフォンのアプリのコード',
	'practice.glance.sms': 'スマートフォンに届いた SMS のコード',
	'practice.view': '表示する画面',
	'practice.view.pc': 'パソコン',
	'practice.view.phone': 'スマートフォン',
	'practice.view.attention': '（次の操作はこちら）',
	'practice.attention.pc': 'パソコンの画面に次の操作があります。',
	'practice.attention.phone': 'スマートフォンの画面に次の操作があります。',
	'practice.shown.pc': 'パソコンの画面を表示しました。',
	'practice.shown.phone': 'スマートフォンの画面を表示しました。',
	'pc.address': 'login.practice.invalid',
	'pc.signIn.title': 'サインイン',
	'pc.signIn.password': 'パスワード',
	'pc.signIn.passwordNote':
		'練習用のため、パスワードは入力済みで変更できません。' +
		'本物のパスワードは入力しないでください。',
	'pc.signIn.button': 'サインイン',
	'pc.signIn.registered': '登録が完了しました。次回以降のサインインを練習しましょう。',
	'pc.manual.moreInfo.title': '詳細情報が必要',
	'pc.manual.moreInfo.body': 'ご使用のアカウントを保護するため、組織ではさらに情報が必要です',
	'pc.next': '次へ',
	'pc.cancel': 'キャンセル',
	'pc.done': '完了',
	'pc.sv.title': '追加のセキュリティ確認',
	'pc.manual.sv.lead': 'パスワードに電話の確認を追加することにより、アカウントを保護します。',
	'pc.manual.sv.step1': '手順 1: ご希望のご連絡方法をお知らせください。',
	'pc.manual.sv.contact': '連絡方法',
	'pc.manual.sv.contact.app': 'モバイル アプリ',
	'pc.manual.sv.contact.phone': '認証用電話',
	'pc.manual.sv.use': 'モバイル アプリをどのような用途で使用されますか?',
	'pc.manual.sv.use.notification': '確認のため通知を受け取る',
	'pc.manual.sv.use.code': '確認コードを使用する',
	'pc.manual.sv.needApp':
		'これらの確認方法を使用するには、Microsoft Authenticator アプリをセットアップする必要があります。',
	'pc.manual.sv.setup': 'セットアップ',
	'pc.manual.sv.configured': '通知と確認コード用にモバイル アプリが構成されました',
	'pc.manual.configure.title': 'モバイル アプリケーションの構成',
	'pc.manual.configure.lead': '次の手順でモバイル アプリケーションを構成してください。',
	'pc.manual.configure.1': 'Windows Phone、Android、または iOS の Microsoft Authenticator アプリをインストールします。',
	'pc.manual.configure.2': 'アプリでアカウントを追加し、「職場または学校アカウント」を選択します。',
	'pc.manual.configure.3': '下の画像をスキャンしてください。',
	'pc.configure.qrAlt': '練習用の QR コード',
	'pc.manual.configure.fallback':
		'画像をスキャンできない場合は、アプリケーションに次の情報を入力してください。',
	'pc.manual.configure.code': 'コード',
	'pc.manual.configure.url': 'URL',
	'pc.manual.configure.ready': 'アプリケーションに 6 桁のコードが表示されている場合、[次へ] を選択します。',
	'pc.manual.wait.setupTitle': '手順 2: 応答を待っています',
	'pc.manual.wait.setupBody': 'お使いのモバイル デバイスに通知を送信しました。通知を開いて承認してください。',
	'pc.manual.wait.title': 'サインイン要求を承認',
	'pc.manual.wait.body': 'お使いのデバイスの Microsoft Authenticator アプリで通知を開き、要求を承認してください。',
	'pc.wait.remember': '今後 {days} 日間はこのメッセージを表示しない',
	'pc.failed.denied.title': '要求が拒否されました',
	'pc.failed.denied.body': 'スマートフォンで「拒否」が押されたため、サインインできませんでした。',
	'pc.failed.denied.advice':
		'自分でサインインしようとしていないのに通知が届いたときは、「拒否」を押したうえで、' +
		'すぐにパスワードを変更し、窓口に連絡してください。' +
		'誰かがあなたのパスワードを知っている可能性があります。',
	'pc.failed.expired.title': '応答がありませんでした',
	'pc.failed.expired.body':
		'時間内に承認されなかったため、要求の有効期限が切れました（約 60 秒）。' +
		'通知が届かないときは、スマートフォンで Authenticator アプリを開いてください。',
	'pc.failed.network.title': '通信できませんでした',
	'pc.failed.network.body': '練習用のサービスから応答がありませんでした。もう一度お試しください。',
	'pc.manual.retry.resend': '要求を再送信する',
	'pc.manual.retry.signIn': 'もう一度サインインする',
	'pc.retry.again': '再試行',
	'pc.manual.backup.verified': '確認に成功しました',
	'pc.manual.backup.step3': '手順 3: モバイル アプリにアクセスできなくなった場合',
	'pc.manual.backup.country': '国/地域を選択してください',
	'pc.backup.countryJapan': '日本 (+81)',
	'pc.manual.backup.number': '電話番号（任意）',
	'pc.manual.backup.note':
		'電話番号はアカウントのセキュリティのためにのみ使用されます。' +
		'標準の電話料金と SMS 料金が適用されます。',
	'pc.service.title': 'Teams（練習）',
	'pc.service.signedIn': 'サインインしました。',
	'pc.service.remembered':
		'この PC は「今後 {days} 日間はこのメッセージを表示しない」で信頼されているため、' +
		'今回は確認を求められませんでした。',
	'pc.service.signOut': 'サインアウト',
	'pc.service.tomorrow': '翌日にもう一度サインインする',
	'pc.service.later': '{days} 日後にもう一度サインインする',
	'error.choose-app': 'この練習では「モバイル アプリ」を選んでください。',
	'error.choose-notification': 'この練習では「確認のため通知を受け取る」を選んでください。',
	'error.app-not-configured':
		'まだアプリが構成されていません。スマートフォンで QR コードをスキャンしてから「次へ」' +
		'を押してください。',
	'error.nothing-to-scan':
		'QR コードが見つかりません。PC に「モバイル アプリケーションの構成」画面を表示してください。',
	'error.push-expired': 'この要求は有効期限が切れました。',
	'error.network': '通信できませんでした。もう一度お試しください。',
	'error.unknown': 'うまくいきませんでした。もう一度お試しください。',
	'phone.home': 'ホーム',
	'phone.store': 'ストア',
	'phone.app': 'Authenticator',
	'phone.store.title': 'Microsoft Authenticator',
	'phone.store.vendor': 'Microsoft Corporation',
	'phone.store.install': '入手',
	'phone.store.open': '開く',
	'phone.manual.consent.title': 'プライバシーへの配慮',
	'phone.manual.consent.body':
		'Microsoft はお客様のプライバシーを尊重します。' +
		'アプリの利用状況データを収集することがあります。',
	'phone.manual.consent.agree': '同意します',
	'phone.manual.intro.title': 'アカウントを追加する',
	'phone.manual.intro.body':
		'職場または学校アカウントを追加するには、PC に表示された QR コードをスキャンします。',
	'phone.manual.intro.scan': 'QRコードをスキャンします',
	'phone.scanner.title': 'QR コードをスキャン',
	'phone.scanner.aim': 'PC の画面の QR コードにカメラを向けてください。',
	'phone.scanner.nothing': 'カメラに QR コードが映っていません',
	'phone.scanner.capture': 'QR コードを読み取る',
	'phone.scanner.note': '実際のアプリでは、カメラを向けるだけで読み取られます。',
	'phone.back': '戻る',
	'phone.accounts.title': 'Authenticator',
	'phone.accounts.add': 'アカウントを追加',
	'phone.account.code': 'ワンタイム パスワード コード',
	'phone.account.seconds': 'あと {s} 秒',
	'phone.notification': 'Authenticator の通知: サインインを承認しますか?',
	'phone.manual.approve.title': 'サインインを承認しますか?',
	'phone.manual.approve.approve': '承認',
	'phone.manual.approve.deny': '拒否',
	'phone.manual.approve.note': '自分でサインインしていないときは「拒否」を押してください。',
	'pc.country.CN': '中国 (+86)',
	'pc.country.KR': '韓国 (+82)',
	'pc.country.US': 'アメリカ合衆国 (+1)',
	'pc.manual.phone.number': '電話番号',
	'pc.manual.phone.method': '方法',
	'pc.manual.phone.via.sms': 'コードを SMS で送信する',
	'pc.manual.phone.via.call': '電話する',
	'pc.phone.hint':
		'練習では、練習用スマートフォンの番号（{number}）を入力します。' +
		'本物の電話番号は入力しないでください。',
	'pc.phone.change': '電話番号を変更する',
	'pc.code.label': '確認コード',
	'pc.manual.code.verify': '確認',
	'pc.manual.code.signinTitle': 'コードの入力',
	'pc.manual.sms.setupTitle': '手順 2: 電話 ({number}) にテキスト メッセージを送信しました',
	'pc.manual.sms.setupBody': '確認コードを受け取ったら、ここに入力してください。',
	'pc.manual.sms.signinBody': '{number} に SMS を送信しました。コードを入力してサインインしてください。',
	'pc.manual.sms.resend': 'コードを再送信する',
	'pc.manual.app.setupTitle': '手順 2: モバイル アプリから確認パスワードを入力してください',
	'pc.manual.app.setupBody':
		'モバイル アプリに表示されている 6 桁の確認コードを入力してください。' +
		'コードは 30 秒ごとに変わります。',
	'pc.manual.app.signinBody':
		'お使いの電話の Microsoft Authenticator アプリに表示されているコードを入力してください。',
	'pc.locked.countdown': 'あと {s} 秒で、もう一度入力できます。',
	'pc.locked.over': 'ロックが解除されました。もう一度コードを入力してください。',
	'pc.manual.call.setupTitle': '手順 2: 電話 ({number}) に電話をかけています',
	'pc.manual.call.setupBody': '電話に応答して続行してください。',
	'pc.manual.call.signinTitle': '電話に応答してください',
	'pc.manual.call.signinBody': '{number} に電話をかけています。応答して続行してください。',
	'pc.call.retry': 'もう一度電話する',
	'pc.callFailed.no-answer.title': '電話に応答がありませんでした',
	'pc.callFailed.no-answer.body':
		'時間内に電話に応答して # キーが押されなかったため、確認できませんでした。' +
		'電話が鳴ったら応答し、# キーを押してください。',
	'pc.callFailed.hung-up.title': '通話が終了しました',
	'pc.callFailed.hung-up.body':
		'# キーが押される前に電話が拒否されたか切られたため、確認できませんでした。',
	'pc.callFailed.wrong-key.title': '正しいキーが押されませんでした',
	'pc.callFailed.wrong-key.body':
		'# 以外のキーが押されたため、確認できませんでした。電話に応答したら、' +
		'# キーだけを押してください。',
	'pc.blocked.title': 'サインインがブロックされました',
	'pc.manual.blocked.body':
		'電話で 0# が押されたため、このサインインは不正なサインインとして報告され、拒否されました。',
	'pc.manual.blocked.meaning':
		'0# は、自分でサインインしていないのに確認の電話がかかってきたときに押すものです。' +
		'そのような電話は、誰かがあなたのパスワードを使ってサインインしようとしているしるしです。',
	'pc.manual.blocked.next':
		'報告すると、アカウントの二要素認証はブロックされ（実際のサービスでは 90 日間、' +
		'または管理者が解除するまで）、報告は管理者が確認できるように記録されます。' +
		'自分でサインインしようとしていなかったときは、すぐにパスワードを変更し、' +
		'窓口に連絡してください。間違えて押したときも、' +
		'窓口に連絡してブロックを解除してもらう必要があります。',
	'pc.manual.blocked.unblock': '窓口にブロックを解除してもらう（練習）',
	'pc.signIn.unblocked': 'ブロックが解除されました（練習）。もう一度サインインできます。',
	'pc.manual.verified.body': '「完了」を押すと登録が終わります。',
	'error.choose-phone': 'この練習では「認証用電話」を選んでください。',
	'error.choose-sms': 'この練習では「コードを SMS で送信する」を選んでください。',
	'error.choose-call': 'この練習では「電話する」を選んでください。',
	'error.choose-code': 'この練習では「確認コードを使用する」を選んでください。',
	'error.phone-empty': '電話番号を入力してください。',
	'error.phone-invalid': '電話番号として読み取れません。数字で入力してください（例: 090-1234-5678）。',
	'error.phone-length':
		'電話番号の桁数が正しくありません。国/地域と番号を確かめてください（例: 090-1234-5678）。',
	'error.phone-country': '番号の先頭の国番号が、選んだ国/地域と合っていません。',
	'error.phone-service':
		'フリーダイヤル（0120・0800）やナビダイヤル（0570）などのサービス用の番号には、' +
		'確認の電話も SMS も届かないため、登録できません。',
	'error.phone-repeated':
		'同じ数字が並んでいるだけの番号は、電話番号として使われていません。' +
		'番号を確かめてください。',
	'error.phone-unknown':
		'この始まり方の番号は、日本の電話番号では使われていません。先頭の数字（090 や 03 など）' +
		'を確かめてください。',
	'error.phone-no-sms':
		'固定電話や IP 電話（050 で始まる番号）には SMS が届かないため、' +
		'SMS の送信先には登録できません。SMS を受け取れるのは携帯電話の番号です（練習では 090-1234-5678）' +
		'。',
	'error.phone-not-practice':
		'練習では、練習用スマートフォンの番号 090-1234-5678 を入力してください。' +
		'この練習の SMS や電話は、練習用スマートフォンにしか届きません。' +
		'本物の電話番号は入力しないでください。',
	'error.empty': 'コードを入力してください。',
	'error.not-digits': 'コードに数字以外の文字が含まれています。6 桁の数字を入力してください。',
	'error.wrong-length': 'コードは 6 桁です（入力されたのは {n} 桁）。',
	'error.wrong-code':
		'コードが正しくありません。あと {tries} 回間違えると、しばらくの間ロックされます。',
	'error.expired':
		'このコードは有効期限が切れています。' +
		'アプリに表示されている最新のコードを入力してください。',
	'error.sms.expired':
		'このコードは有効期限が切れたか、新しいコードに置き換えられました。' +
		'最新の SMS のコードを入力するか、「コードを再送信する」を押してください。',
	'error.reused':
		'このコードはすでに使用されています。' +
		'アプリのコードが次のコードに変わってから入力してください。',
	'error.sms.reused':
		'このコードはすでに使用されています。新しく届いた SMS のコードを入力してください。',
	'error.clock-skew':
		'このコードはまだ使えません。スマートフォンの時刻が正しいか確かめてください。' +
		'この入力も間違い 1 回に数え、あと {tries} 回間違えるとしばらくの間ロックされます。',
	'error.locked':
		'コードを {max} 回続けて間違えたため、練習用アカウントは一時的にロックされています。',
	'error.blocked': 'このアカウントはブロックされています。窓口に連絡してください。',
	'error.registration-incomplete': '登録がまだ終わっていません。最初からやり直してください。',
	'error.challenge-unknown': 'この確認は無効になりました。もう一度お試しください。',
	'error.activation-invalid':
		'この QR コードでは登録できません。PC の「モバイル アプリケーションの構成」' +
		'画面に表示されている QR コードを読み取ってください。',
	'error.push-unknown': 'この要求は見つかりませんでした。PC でもう一度サインインしてください。',
	'error.push-approved': 'この要求にはすでに「承認」で応答しています。',
	'error.push-denied': 'この要求にはすでに「拒否」で応答しています。',
	'error.device-unknown':
		'このスマートフォンのアカウントは、もう登録されていません。' +
		'PC の QR コードをもう一度読み取ってください。',
	'error.challenge-kind': 'この確認にはコードを使いません。画面の案内に従ってください。',
	'error.not-found': '練習用のサービスがこの操作に対応していません。最初からやり直してください。',
	'phone.number': 'この練習用スマートフォンの番号: {number}',
	'phone.messages': 'メッセージ',
	'phone.messages.unread': 'メッセージ（未読 {n} 件）',
	'phone.messages.empty': 'メッセージはありません。',
	'phone.messages.from': 'Microsoft',
	'phone.sms.text': 'Microsoft 認証に確認コード {code} を使用してください（練習）',
	'phone.sms.banner': 'メッセージ（Microsoft）: {text}',
	'phone.missed': 'Microsoft からの不在着信: {n} 件',
	'phone.call.incoming': '着信',
	'phone.call.caller': 'Microsoft（練習）',
	'phone.call.answer': '応答',
	'phone.call.decline': '拒否',
	'phone.call.inCall': '通話中: Microsoft',
	// UNVERIFIED, every voice line: the manual says only "follow the voice and press #" (seed,
	// December 2020) and no public source gives the call's words, so each line says what the voice
	// says in substance (要旨), never as a quotation.
	'phone.call.voice':
		'音声（要旨）: Microsoft のサインインの確認です。確認を完了するには # キーを押してください。' +
		'サインインしようとしていない場合は、0 を押してから # を押すと、不正なサインインとして報告できます。',
	'phone.call.keypad': 'キーパッド',
	'phone.call.typed': '押したキー: {keys}',
	'phone.call.hangUp': '通話を終了',
	'phone.call.ended': '通話終了',
	'phone.call.voice.verified': '音声（要旨）: 確認が完了しました。',
	'phone.call.voice.fraud': '音声（要旨）: 不正なサインインの報告を受け付けました。このアカウントのサインインはブロックされます。',
	'phone.call.voice.wrong-key': '音声（要旨）: 入力が正しくないため、確認できませんでした。',
	'phone.call.voice.no-answer': '音声（要旨）: 応答がなかったため、確認できませんでした。',
	'phone.call.voice.hung-up': '電話を切りました。',
	'phone.call.voice.cancelled': '通話は相手によって終了されました。',
	'phone.call.close': '閉じる',
	'practice.announce.call': 'スマートフォンに電話がかかってきました。',
	'practice.announce.sms': 'スマートフォンに SMS が届きました。',
	'practice.announce.push': 'スマートフォンに通知が届きました。',
	'practice.announce.unlocked': 'ロックが解除されました。もう一度コードを入力できます。',
	'practice.hint.checkCode':
		'コードを確かめたら、PC の「モバイル アプリケーションの構成」画面で「次へ」を押します。',
	'pc.failed.challenge.title': '確認を始められませんでした',
	// The still pictures' text alternatives (src/screens/describe.ts).
	'alt.page': '「{title}」の画面',
	'alt.says': '「{text}」と表示されている',
	'alt.chosen': '「{label}」が選ばれている',
	'alt.buttons': 'ボタン: {names}',
	'alt.fields': '入力欄: {names}',
	'alt.checkbox': 'チェックボックス「{label}」',
	'alt.account': '練習用アカウント {account} と、入力済みのパスワード',
	'alt.qr': 'スキャンする QR コードと、読み取れないときのコードと URL',
	'alt.pressNow': 'アプリにコードが表示されたので、次は「{name}」を押す',
	'alt.home': 'ホーム画面',
	'alt.icons': 'アイコン: {names}',
	'alt.notification': 'Authenticator の通知「{text}」が届いている',
	'alt.camera': 'カメラに PC の QR コードが映っている',
	'alt.accountAdded': 'Authenticator にアカウント「{name}」が追加されている',
	'alt.code':
		'アカウント「{name}」を開いたところ: 6 桁のコード {code} が表示され、' +
		'あと {s} 秒で次のコードに変わる',
	'alt.sms': 'SMS が届いている: 「{text}」',
	'alt.messages': 'メッセージ アプリ: Microsoft からの SMS が {n} 件、最新は「{text}」',
	'alt.incoming': '「{caller}」から電話がかかってきている',
	'alt.inCall': '通話中: 音声が # キーを押すよう案内し、キーパッドが表示されている',
	// How a picture's description is put together: a label quoted, the parts of what a device
	// shows, the sentence for a device, and the PC's and the phone's sentences in a row.
	'alt.quote': '「{label}」',
	'alt.parts': '、',
	'alt.device': '{device}: {text}。',
	'alt.devices': '{pc}{phone}',
} as const;
