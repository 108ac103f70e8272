import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales';
import { EDITION_METHODS } from '../../src/methods';
import { STEP_IDS, TASK_STEP_IDS } from '../../src/step-ids';
import { stepsOf, taskSteps } from '../../src/steps';

// The chapter after enrolment's step ids are public like the methods' (tests/unit/steps.test.ts): the
// helpdesk table, the troubleshooting answers and copied links use them, so they are pinned here.

describe('the steps of the chapter after enrolment', () => {
	it('has exactly the published step ids, by section', () => {
		expect(TASK_STEP_IDS).toEqual({
			manage: {
				'security-info': ['manage-open-security-info', 'manage-default-method', 'manage-add-method', 'manage-delete-method'],
				'new-phone': ['new-phone-add', 'new-phone-check', 'new-phone-delete-old', 'new-phone-remove-account', 'new-phone-restore'],
				'phone-number': ['phone-number-change'],
				'lost-phone': ['lost-phone-other-method', 'lost-phone-helpdesk', 'lost-phone-tap', 'lost-phone-register', 'lost-phone-clean-up'],
			},
		});
	});

	it('shares no id with a method’s steps, and each id is used once', () => {
		const ids = taskSteps('manage').map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		const methods = new Set<string>(EDITION_METHODS.flatMap(([edition, method]) => stepsOf(method, edition).map((s) => s.id)));
		for (const id of ids) expect(methods.has(id), id).toBe(false);
		expect(Object.keys(STEP_IDS.today)).not.toContain('manage');
	});

	it('numbers each section from 1, each step with a title in every language', () => {
		const steps = taskSteps('manage');
		expect(steps.filter((s) => s.section === 'lost-phone').map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
		for (const step of steps) for (const lang of LANGS) expect(step.title[lang], `${step.id} ${lang}`).not.toBe('');
	});
});
