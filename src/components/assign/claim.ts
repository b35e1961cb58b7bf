import type { CheckResult } from '../../engine';

/** Whether the checks that ran here say what the student's browser claimed, check by check. */
export function agreesWithClaim(
  verified: readonly Pick<CheckResult, 'status'>[],
  claimed: readonly Pick<CheckResult, 'status'>[],
): boolean {
  return verified.length === claimed.length && verified.every((r, i) => r.status === claimed[i]?.status);
}
