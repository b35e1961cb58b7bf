import type { CheckResult } from '../../engine';

type Status = CheckResult['status'];
type ResultLike = Pick<CheckResult, 'name' | 'status'> & { message?: string | undefined };

/**
 * One check of a submission, as the student's browser claimed it and as it ran here. `match` is
 * `pending` until Verify has run, `yes` when both say the same, and `mismatch` otherwise: a check
 * claimed but not run here (or run here but never claimed) is a mismatch too.
 */
export interface CheckComparison {
  name: string;
  claimed: Status | undefined;
  claimedMessage: string | undefined;
  verified: Status | undefined;
  verifiedMessage: string | undefined;
  match: 'pending' | 'yes' | 'mismatch';
}

/**
 * Pairs the claimed results with the verified ones by check name, in the claim's order, then any
 * check only the verification has (a build failure reports one nameless check).
 */
export function compareChecks(
  claimed: readonly ResultLike[],
  verified: readonly ResultLike[] | undefined,
): CheckComparison[] {
  const names = [...new Set([...claimed.map((r) => r.name), ...(verified ?? []).map((r) => r.name)])];
  return names.map((name) => {
    const mine = claimed.find((r) => r.name === name);
    const here = verified?.find((r) => r.name === name);
    return {
      name,
      claimed: mine?.status,
      claimedMessage: mine?.message,
      verified: here?.status,
      verifiedMessage: here?.message,
      match: verified === undefined ? 'pending' : mine?.status === here?.status ? 'yes' : 'mismatch',
    };
  });
}
