/**
 * TOTP for the pairing demo and the simulator: secrets,
 * key URIs, codes, input normalisation and the verification policy. No DOM, no page
 * text: callers turn the results into words.
 */
export { type NormalizedCode, normalizeCode } from './normalize';
export {
	type AccountName,
	type Algorithm,
	APP_PARAMS,
	codeAt,
	codeForStep,
	createSecret,
	groupKey,
	keyUri,
	msLeftInStep,
	SECRET_BYTES,
	Secret,
	secretFromBase32,
	stepAt,
	type TotpParams,
	verifierFor,
} from './totp';
export {
	CodeVerifier,
	DEFAULT_POLICY,
	type FailureReason,
	isVerifierState,
	type VerifierOptions,
	type VerifierState,
	type VerifierStatus,
	type VerifyFailure,
	type VerifyResult,
	type VerifySuccess,
} from './verifier';
