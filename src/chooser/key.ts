/**
 * The key the chooser page looks an answer up by. Kept apart from recommend.ts, with no
 * imports, because the page script needs it and recommend.ts reaches the config schema
 * (and zod): importing that in the browser would cost the reader some 20 KB of script.
 */
export type Device = 'smartphone' | 'mobile' | 'landline';

export interface Answers {
	device: Device;
	/** Often abroad (roaming) when signing in. */
	abroad: boolean;
	/** Worried about the battery of the smartphone (only asked of smartphone owners). */
	battery: boolean;
}

/** The answers as a short key (e.g. "smartphone-abroad-battery"). */
export function answersKey({ device, abroad, battery }: Answers): string {
	// The battery question is only asked of smartphone owners; for other phones the key
	// ignores it so that a reader who never saw it still gets an answer.
	const batteryPart = device === 'smartphone' ? (battery ? 'battery' : 'nobattery') : 'any';
	return `${device}-${abroad ? 'abroad' : 'home'}-${batteryPart}`;
}
