import type { RecordAccountabilityInput } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/locales';
import type { AccountabilityPartyKind, AccountabilityPenalty, ComplaintDetail } from './complaints-operations';

/**
 * 问责追责 input rules as the browser checks them before sending. They mirror the server's zod schema
 * (server/src/accountability/accountability.inputs.ts); the server still decides and its messages are shown too.
 */

/** One responsible party as the form holds it (Form.List row). */
export interface PartyValues {
  kind?: AccountabilityPartyKind;
  /** Global id of the department, org unit or person; never for a contractor. */
  refId?: string | null;
  name?: string;
  share?: number | null;
  penalty?: AccountabilityPenalty;
  /** Yuan as typed (`5000`, `500.50`); only for a fine. */
  fineAmount?: string | null;
  note?: string;
}

export interface AccountabilityValues {
  parties?: PartyValues[];
  conclusion?: string;
  unsatisfiedVisitReason?: string;
}

export const MAX_PARTIES = 50;
export const MAX_PARTY_NAME = 100;
export const MAX_CONCLUSION = 5000;
export const MAX_NOTE = 2000;

/** Non-negative yuan with at most two decimals, at most 12 integer digits (the server's `yuan`). */
const YUAN = /^\d{1,12}(\.\d{1,2})?$/;
const ZERO = /^0+(\.0+)?$/;

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/** What is wrong with a party's amount given its penalty: required (> 0) for a fine, refused otherwise. */
export function fineAmountProblem(penalty: AccountabilityPenalty | undefined, amount: string | null | undefined): MessageKey | null {
  const given = blank(amount) ? null : amount!.trim();
  if (given !== null && !YUAN.test(given)) return 'complaints.accountability.error.fineFormat';
  const fined = given !== null && !ZERO.test(given);
  if (penalty === 'FINE' && !fined) return 'complaints.accountability.error.fineRequired';
  if (penalty !== 'FINE' && fined) return 'complaints.accountability.error.fineRefused';
  return null;
}

/** A department, org unit or person must be chosen; a contractor is a name only. */
export function refProblem(kind: AccountabilityPartyKind | undefined, refId: string | null | undefined): MessageKey | null {
  if (kind === undefined || kind === 'CONTRACTOR') return null;
  return blank(refId) ? 'complaints.accountability.error.refRequired' : null;
}

export function shareProblem(share: number | null | undefined): MessageKey | null {
  if (share === null || share === undefined) return null;
  return Number.isInteger(share) && share >= 0 && share <= 100 ? null : 'complaints.accountability.error.shareRange';
}

export const shareTotal = (parties: readonly PartyValues[] | undefined) =>
  (parties ?? []).reduce((sum, party) => sum + (typeof party?.share === 'number' ? party.share : 0), 0);

/** With any party at all, the shares add up to 100 (no party: the conclusion says why). */
export function sharesProblem(parties: readonly PartyValues[] | undefined): { key: MessageKey; total?: number } | null {
  const list = parties ?? [];
  if (list.length > MAX_PARTIES) return { key: 'complaints.accountability.error.tooMany' };
  const total = shareTotal(list);
  return list.length > 0 && total !== 100 ? { key: 'complaints.accountability.error.sharesTotal', total } : null;
}

const orNull = (value: string | null | undefined) => (blank(value) ? null : value!.trim());

/** The mutation input from validated form values. */
export function recordAccountabilityInput(
  complaint: Pick<ComplaintDetail, 'id' | 'version'>,
  values: AccountabilityValues,
): RecordAccountabilityInput {
  return {
    complaintId: complaint.id,
    version: complaint.version,
    conclusion: (values.conclusion ?? '').trim(),
    unsatisfiedVisitReason: orNull(values.unsatisfiedVisitReason),
    parties: (values.parties ?? []).map((party) => ({
      kind: party.kind!,
      refId: party.kind === 'CONTRACTOR' ? null : orNull(party.refId),
      name: (party.name ?? '').trim(),
      share: party.share ?? 0,
      penalty: party.penalty!,
      fineAmount: orNull(party.fineAmount),
      note: orNull(party.note),
    })),
  };
}
