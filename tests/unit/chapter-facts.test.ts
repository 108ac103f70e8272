import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_OF } from '../../src/components/edition/sources';
import { DICTIONARIES } from '../../src/i18n';

// What the chapters say of today's screens and rules, held where a reader meets it: in the step it belongs to,
// in both languages. These read the MDX source, as the words are what matter here and the browser tests already
// check that each chapter renders its steps.

const root = join(import.meta.dirname, '../..');
const chapter = (lang: 'ja' | 'en', slug: string) => readFileSync(join(root, 'content', lang === 'ja' ? '' : 'en', `${slug}.mdx`), 'utf8');

/** The text of one step of a chapter, from its <Step> tag to its end. */
function step(lang: 'ja' | 'en', slug: string, id: string): string {
	const text = chapter(lang, slug);
	const start = text.indexOf(`id="${id}"`);
	expect(start, `${lang} ${slug}#${id}`).toBeGreaterThan(0);
	return text.slice(start, text.indexOf('</Step>', start));
}

describe('the passkey chapter', () => {
	it('says which camera reads the sign-in QR code: the Camera app on an iPhone, not Authenticator’s scanner', () => {
		const ja = step('ja', 'passkey', 'signin-scan-qr');
		expect(ja).toContain('「**カメラ**」アプリ');
		expect(ja).toContain('Authenticator アプリの中の QR コードのスキャンでは、この QR コードは読み取れません');
		expect(ja).toContain('パスキーの詳細');
		const en = step('en', 'passkey', 'signin-scan-qr');
		expect(en).toContain('“**Camera**” app');
		expect(en).toContain('cannot read this QR code');
		expect(en).toContain('passkey details');
	});

	it('shows the Windows 11 dialog’s choice, marked as a third party’s Japanese', () => {
		const ja = step('ja', 'passkey', 'signin-sign-in');
		expect(ja).toContain('「**iPhone、iPad、または Android デバイス**」を選んで「**次へ**」');
		expect(ja).toContain('第三者の解説');
		expect(step('en', 'passkey', 'signin-sign-in')).toContain('“**iPhone, iPad, or Android device**” and press “**Next**”');
		expect(SOURCES_OF.passkey.map((s) => s.href)).toContain('https://manual.ai-sch.com/passkey_registration');
	});

	it('tells a student at a PC without Bluetooth to sign in another way, in a step of its own that the bullet links to', () => {
		expect(step('ja', 'passkey', 'signin-scan-qr')).toContain('**Bluetooth のない PC**');
		expect(step('ja', 'passkey', 'signin-scan-qr')).toContain('「別の方法でサインインする」');
		expect(step('en', 'passkey', 'signin-scan-qr')).toContain('**PC without Bluetooth**');
		for (const lang of ['ja', 'en'] as const) {
			expect(step(lang, 'passkey', 'signin-scan-qr'), lang).toContain('](#signin-no-bluetooth)');
			expect(step(lang, 'passkey', 'signin-no-bluetooth'), lang).toContain(DICTIONARIES[lang]['pc.today.passkey.otherWay']);
		}
		expect(step('ja', 'passkey', 'signin-no-bluetooth')).toContain('「その他のサインイン方法」と表示されることもあります');
		expect(step('en', 'passkey', 'signin-no-bluetooth')).toContain('it may say “Other ways to sign in”');
	});

	it('says skips may be limited, and tells a student who loses the phone to keep another method', () => {
		expect(step('ja', 'passkey', 'setup-passkey-prompt')).toContain('大学の設定によっては回数が限られます');
		expect(step('en', 'passkey', 'setup-passkey-prompt')).toContain('your university’s settings may limit it');
		expect(chapter('ja', 'passkey')).toContain('**もう 1 つの方法を登録しておいてください。**');
		expect(chapter('en', 'passkey')).toContain('**Keep another method registered.**');
	});
});

describe('the SMS and call chapters', () => {
	it('give the passkey prompt at the next sign-in its own step: skipping it, with its label, and a link to create one', () => {
		for (const lang of ['ja', 'en'] as const) {
			for (const method of ['sms', 'call'] as const) {
				const prompt = step(lang, method, 'signin-passkey-prompt');
				expect(prompt, `${lang} ${method}`).toContain('](../passkey/#setup-passkey-prompt)');
				expect(prompt, `${lang} ${method}`).toContain(lang === 'ja' ? '「**今はスキップ**」' : '“**Skip for now**”');
				// The prompt is no longer told inside the step after it.
				expect(step(lang, method, 'signin-done'), `${lang} ${method}`).not.toMatch(/passkey|パスキー/);
			}
		}
	});

	it('give the call’s voice prompt as a paraphrase, in both editions, and list the report’s source', () => {
		const quoted = '「サインインしようとしていない場合は 0 を押してから # を押してください」';
		for (const slug of ['call', 'manual/call']) {
			expect(chapter('ja', slug)).not.toContain(quoted);
			expect(chapter('ja', slug)).toContain('案内の言葉そのものではありません');
		}
		expect(SOURCES_OF.call.some((s) => s.href.includes('howto-mfa-mfasettings#report-suspicious-activity'))).toBe(true);
	});
});

describe('the words of today’s edition', () => {
	it('never speak of a code sent by a call (a call asks for #)', () => {
		const said = [
			...['passkey', 'troubleshooting', 'sms', 'call'].map((slug) => chapter('ja', slug)),
			DICTIONARIES.ja['notice.retirement.body'],
			DICTIONARIES.ja['notice.retirement.feb2027'],
		].join('\n');
		expect(said).not.toMatch(/電話のコード|音声通話のコード|音声通話による確認コード/);
		const english = [chapter('en', 'passkey'), DICTIONARIES.en['notice.retirement.body'], DICTIONARIES.en['notice.retirement.feb2027']];
		expect(english.join('\n')).not.toMatch(/voice codes|voice-call verification codes/);
	});

	it('give Microsoft’s own term 「数値の一致」 once, beside 「番号の一致」', () => {
		expect(chapter('ja', 'push').match(/数値の一致/g)).toHaveLength(1);
		expect(chapter('ja', 'push')).toContain('番号の一致。Microsoft の日本語の資料では「数値の一致」');
	});

	it('say “Stay signed in?” may appear, in every method chapter', () => {
		for (const slug of ['sms', 'call', 'push', 'code']) {
			expect(step('ja', slug, 'setup-stay-signed-in')).toContain('「サインインの状態を維持しますか?」と表示されることがあります');
			expect(step('en', slug, 'setup-stay-signed-in')).toContain('“Stay signed in?” may appear');
		}
	});

	it('tell a student on the older “Keep your account secure” screens to follow today’s chapter', () => {
		for (const slug of ['sms', 'call', 'push', 'code']) {
			expect(step('ja', slug, 'setup-more-info')).toContain('「アカウントのセキュリティ保護」');
			expect(step('en', slug, 'setup-more-info')).toContain('“Keep your account secure”');
		}
	});

	it('answer a new phone with Authenticator’s backup and the passkey, with Learn as the source', () => {
		const learn = 'https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-transfer-authenticator-new-phone';
		for (const lang of ['ja', 'en'] as const) {
			const text = chapter(lang, 'troubleshooting');
			const topic = text.slice(text.indexOf('<Topic id="new-phone">'), text.indexOf('<Topic id="lost-phone">'));
			expect(topic).toContain(learn);
			expect(topic).toContain('iCloud');
			expect(topic).toMatch(lang === 'ja' ? /\*\*パスキー\*\*/ : /\*\*A passkey\*\*/);
		}
	});
});
