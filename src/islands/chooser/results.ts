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
		const result = recommend(answers, institution.methods, institution);
		const json = JSON.stringify(result);
		let index = distinct.findIndex((r) => JSON.stringify(r) === json);
		if (index < 0) index = distinct.push(result) - 1;
		byKey[answersKey(answers)] = index;
	}
	// The battery question is asked only where its answer changes some advice: where SMS and
	// calls are going (institution.smsVoiceViaCarrier false) it changes none, and a question
	// whose answer changes nothing only makes the reader wonder.
	const asksBattery = allAnswers().some((a) => a.battery && byKey[answersKey(a)] !== byKey[answersKey({ ...a, battery: false })]);
	return { distinct, byKey, asksBattery };
}
