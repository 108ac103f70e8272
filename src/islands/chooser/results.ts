import { allAnswers, answersKey, type Recommendation, recommend } from '../../chooser/recommend';
import { institution } from '../../config/institution';

/**
 * Every distinct recommendation for this institution's offer, and which answers lead to
 * it. Worked out at build time, so the page script only looks an answer up and the
 * recommendation logic costs the reader no JavaScript.
 */
export function buildResults() {
	const distinct: Recommendation[] = [];
	const byKey: Record<string, number> = {};
	for (const answers of allAnswers()) {
		const result = recommend(answers, institution.methods);
		const json = JSON.stringify(result);
		let index = distinct.findIndex((r) => JSON.stringify(r) === json);
		if (index < 0) index = distinct.push(result) - 1;
		byKey[answersKey(answers)] = index;
	}
	return { distinct, byKey };
}
