import { institution } from '../../config/institution';
import type { Method } from '../../config/schema';
import { offersAny } from '../offer';

/**
 * The troubleshooting page's answers: stable ids (a helpdesk sends /troubleshooting/#clock,
 * and the language switch keeps it) and which methods each answer is about. An answer about
 * methods the institution does not offer is left out, heading and all.
 *
 * Why the headings are not Markdown "##" in the page: Starlight's "on this page" list is made
 * from the Markdown headings when the page is compiled, whatever the config, so a left-out
 * answer would still be listed there and its link would lead nowhere. The page shows its own
 * list of the answers it has instead (TopicIndex.astro), made from this table.
 */
export interface TopicDef {
	id: string;
	/** Shown only when at least one of these methods is offered; always shown without it. */
	about?: readonly Method[];
	/** About "don't ask again for N days": shown only where the institution has it on. */
	remember?: true;
	/**
	 * The site's search lists this answer's page above the chapters that share its words: its
	 * heading is also the page's `answer` metadata, which Pagefind boosts a page for when the
	 * query matches it (Topic.astro, src/lib/pagefind-on-demand.ts). For the answer a student
	 * must not miss; on every heading it would lift the page for any word of any answer.
	 */
	searchFirst?: true;
}

export const TOPICS = [
	// A request the student did not make is someone else signing in: its answer comes first in a search.
	{ id: 'unexpected-request', about: ['push', 'sms', 'call'], searchFirst: true },
	{ id: 'number', about: ['push'] },
	{ id: 'no-notification', about: ['push'] },
	{ id: 'other-method', about: ['push', 'code'] },
	{ id: 'new-phone' },
	{ id: 'lost-phone' },
	{ id: 'passkey-lost-phone', about: ['passkey'] },
	{ id: 'no-sms-or-call', about: ['sms', 'call'] },
	{ id: 'passkey-prompt', about: ['passkey'] },
	{ id: 'code-refused', about: ['code'] },
	{ id: 'full-width', about: ['sms', 'code'] },
	{ id: 'abroad' },
	{ id: 'asked-every-time' },
	{ id: 'remember-not-sticking', remember: true },
] as const satisfies readonly TopicDef[];

export type TopicId = (typeof TOPICS)[number]['id'];

/**
 * The answers shown for an offer, in the page's order. `remember`: whether the institution
 * has "don't ask again for N days" on (institution.rememberDays is not null).
 */
export function topicsFor(offer: readonly Method[] = institution.methods, remember = institution.rememberDays !== null): TopicId[] {
	return TOPICS.filter((t: TopicDef) => (!t.about || offersAny(t.about, offer)) && (!t.remember || remember)).map((t) => t.id);
}

/** Whether the site's search lifts this answer's page when a query matches its heading (see TopicDef). */
export const searchFirst = (id: TopicId): boolean => TOPICS.some((t: TopicDef) => t.id === id && t.searchFirst === true);

export function isTopic(id: string): id is TopicId {
	return TOPICS.some((t) => t.id === id);
}
