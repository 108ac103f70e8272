/**
 * A thin, typed layer over otpauth for the pairing demo and the simulator: secrets,
 * key URIs, codes, input normalisation and the verification policy. No DOM, no page
 * text: callers turn the results into words.
 */
export { normalizeCode, type NormalizedCode } from './normalize';
export {
	APP_PARAMS,
	SECRET_BYTES,
	Secret,
	codeAt,
	codeForStep,
	createSecret,
	createTotp,
	groupKey,
	keyUri,
	msLeftInStep,
	secretFromBase32,
	stepAt,
	verifierFor,
	type AccountName,
	type Algorithm,
	type TotpParams,
} from './totp';
export {
	CodeVerifier,
	DEFAULT_POLICY,
	isVerifierState,
	type FailureReason,
	type VerifierOptions,
	type VerifierState,
	type VerifierStatus,
	type VerifyFailure,
	type VerifyResult,
	type VerifySuccess,
} from './verifier';
