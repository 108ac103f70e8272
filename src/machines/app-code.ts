import type { AnyMachineSnapshot } from 'xstate';
import { pc, type Session } from './runtime';

// Reading the phone's authenticator app and typing its code: the same in both editions'
// code practice, so neither fetches the other's machines for it.

/** The secret of the account the phone's app holds, if it has one: its code is what the app shows. */
export function appSecret(phone: AnyMachineSnapshot): string | null {
	const context: { account: { secret: string } | null } = phone.context;
	return context.account?.secret ?? null;
}

/** The code the phone's app shows now, read as a person reads it ("123 456"). */
export async function appCodeOnPhone(s: Session): Promise<string | null> {
	const secret = appSecret(s.phone.getSnapshot());
	if (!secret) return null;
	const { codeAt, secretFromBase32 } = await import('../totp/totp');
	const code = codeAt(secretFromBase32(secret), s.now());
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export const typeAppCode = pc(async (s) => {
	const code = await appCodeOnPhone(s);
	return code ? { type: 'pc.verify', code } : null;
});
