import type { Lang } from '../steps';
import type { Device, Note } from '../chooser/recommend';

// Strings of the helpdesk tools: the step-link table, the method chooser, the
// troubleshooting page's links and the language switch. Same pattern as ui.ts: flat maps,
// the `satisfies` on `en` makes a key missing from either language a type error, and
// tests/unit/parity.test.ts checks every src/i18n/*.ts file the same way at run time.
const ja = {
	'lang.other': 'English',
	'lang.otherCode': 'en',
	'lang.switchTitle': 'このページを英語で読む',

	'helpdesk.caption': 'すべての認証方法の手順と、その手順へのリンク',
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
	'note.usual': '手順書では、ふだんは SMS をおすすめしています。SMS の受信は無料です。',
	'note.abroadApp': '海外でローミング中に SMS や電話を受けると着信料がかかるため、海外ではアプリを使う方法をおすすめします。',
	'note.offline': 'アプリのコードはスマートフォンの中で作られるので、電波が届かなくても、通信ができなくても使えます。',
	'note.battery': 'アプリは常駐するため、スマートフォンのバッテリーを消費します。',
	'note.roamingCost': '海外でローミング中に SMS や電話を受けると、着信料がかかることがあります。',
	'note.landlineAbroad': '海外にいる間は、日本の固定電話にかかってくる電話には出られません。出発する前に窓口に相談してください。',
	'note.callAwkward': '電話に出る必要があるため、授業中や図書館など、場面によっては使いにくいことがあります。',
	'note.notOfferedFallback': 'あなたの状況に最も合う方法は現在提供されていないため、次に合う方法を示しています。',
	'note.noneOffered': 'この電話で使える認証方法は、現在提供されていません。窓口に相談してください。',

	'steplink.where': '{method}：{phase} 手順 {number}',
	'steplink.withTitle': '{where}「{title}」',
	'contact.email': 'メール',
	'contact.phone': '電話',
	'contact.hours': '受付時間',
	'contact.web': 'ウェブサイト',

	'topic.index': 'このページの相談',
	'topic.unexpected-request': '身に覚えのない確認の要求が届いた',
	'topic.new-phone': 'スマートフォンを買い替える・なくした',
	'topic.no-notification': 'アプリに承認の通知が届かない',
	'topic.no-sms-or-call': 'SMS や電話が届かない',
	'topic.code-refused': 'コードが受け付けられない（スマートフォンの時刻のずれ）',
	'topic.full-width': '数字を入力しても受け付けられない（全角の数字）',
	'topic.abroad': '海外に行く',
	'topic.asked-every-time': 'サインインのたびに確認を求められる',
	'topic.remember-not-sticking': '「このメッセージを表示しない」にチェックしたのに、また聞かれる',
} as const;

type Key = keyof typeof ja;

const en = {
	'lang.other': '日本語',
	'lang.otherCode': 'ja',
	'lang.switchTitle': 'Read this page in Japanese',

	'helpdesk.caption': 'Every step of every method, with a link to it',
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
	'note.usual': 'The manual recommends text messages (SMS) for everyday use. Receiving them is free.',
	'note.abroadApp': 'Receiving a text or a call while roaming abroad can cost money, so the manual recommends the app when you are abroad.',
	'note.offline': 'The app makes its codes on the phone itself, so they work with no signal and no data connection.',
	'note.battery': 'The app keeps running in the background, so it uses some battery.',
	'note.roamingCost': 'Receiving texts or calls while roaming abroad may cost you money.',
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

	'topic.index': 'Topics on this page',
	'topic.unexpected-request': 'A sign-in request you did not make',
	'topic.new-phone': 'A new phone, or a lost one',
	'topic.no-notification': 'Approval notifications do not arrive',
	'topic.no-sms-or-call': 'Texts or calls do not arrive',
	'topic.code-refused': 'Your code is refused (the phone’s clock is off)',
	'topic.full-width': 'Your digits are refused (full-width digits)',
	'topic.abroad': 'Travelling abroad',
	'topic.asked-every-time': 'Asked to verify at every sign-in',
	'topic.remember-not-sticking': '“Don\'t ask again” does not stick',
} as const satisfies Record<Key, string>;

export const TOOLS: Record<Lang, Record<Key, string>> = { ja, en };
export type ToolsKey = Key;

export function tools(lang: Lang, key: Key): string {
	return TOOLS[lang][key];
}

/** Fills `{name}` placeholders; a placeholder without a value is left visible so a test can catch it. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const deviceKey = (device: Device) => `chooser.device.${device}` as const;
export const noteKey = (note: Note) => `note.${note}` as const;
