import type { Key } from '../i18n';
import type { Device } from './key';
import type { Note } from './recommend';

// The dictionary's keys for the chooser's answers and notes, made from their values: each is
// checked against the dictionary by the type checker. Here rather than in src/i18n, which the
// chooser's words depend on, not the other way round.
export const deviceKey = (device: Device) => `chooser.device.${device}` as const satisfies Key;
export const noteKey = (note: Note) => `note.${note}` as const satisfies Key;
