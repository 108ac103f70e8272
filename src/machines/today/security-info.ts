/**
 * What a student does on the Security info page (https://mysignins.microsoft.com/security-info)
 * and on the sign-in page's Temporary Access Pass field: the events its screens' buttons send
 * (src/screens/today/security-info.ts). The chapter draws those screens as still pictures; a
 * practice's PC machine takes these events.
 */
export type SecurityInfoEvent =
	| { type: 'secinfo.changeDefault' }
	| { type: 'secinfo.chooseDefault'; method: string }
	| { type: 'secinfo.add' }
	| { type: 'secinfo.chooseAdd'; kind: string }
	| { type: 'secinfo.delete'; id: string }
	| { type: 'secinfo.ok' }
	| { type: 'secinfo.cancel' }
	| { type: 'tap.submit'; code: string };
