import { TIMELINE_EVENTS } from '@caseatlas/contracts';
import type { CaseRecord, Money, Sentence, Timeline } from '@caseatlas/contracts';

/** What a new case starts with: every list empty, every date unknown, nothing published. */
export const caseDefaults = (): Partial<CaseRecord> => ({
  status: 'draft',
  synthetic: false,
  region: null,
  court: { name: '', level: 'first_instance' },
  summary: '',
  facts: '',
  acts: [],
  means: [],
  exploitationPurposes: [],
  sectors: [],
  route: { origin: [], transit: [], destination: [] },
  timeline: Object.fromEntries(TIMELINE_EVENTS.map((event) => [event, null])) as Timeline,
  appealOutcome: null,
  charges: [],
  defendants: [],
  victims: [],
  cooperation: { mlaRequests: [], jointInvestigationTeam: false, extraditions: [], interpolNotices: 0, agencies: [] },
  mentalHealthInvolvement: [],
  sources: [],
  relatedCases: [],
  tags: [],
});

/** A new sentence group: what a court that imposed nothing would have recorded. */
export const SENTENCE_DEFAULT: Sentence = {
  custodialMonths: 0,
  life: false,
  suspended: false,
  probationMonths: 0,
  fine: null,
  confiscation: false,
};

/** Money as a form holds it: the inputs leave `{ amount: null, currency: null }` when unused. */
type FormMoney = { amount?: number | null; currency?: string | null } | null | undefined;

const toMoney = (money: FormMoney): Money | null => (money == null || money.amount == null ? null : (money as Money));

const isEmptySentence = (sentence: Sentence): boolean =>
  !sentence.custodialMonths &&
  !sentence.life &&
  !sentence.suspended &&
  !sentence.probationMonths &&
  sentence.fine == null &&
  !sentence.confiscation;

type FormValues = Partial<Pick<CaseRecord, 'defendants' | 'victims'>>;

/**
 * Form values → API body. The form always shows the money and sentence inputs, so it holds
 * `{ amount: null }` for "no fine" and an all-zero sentence for a defendant who was never
 * sentenced; the record says `null` for both. Everything else (`version` above all) is sent
 * back as the form has it.
 */
export function toCaseBody<T extends FormValues>(values: T): T {
  const body: T = { ...values };
  if (values.defendants) {
    body.defendants = values.defendants.map((defendant) => {
      const sentence = defendant.sentence
        ? {
            ...defendant.sentence,
            // A life sentence has no finite term, whatever the months input still holds.
            custodialMonths: defendant.sentence.life ? null : defendant.sentence.custodialMonths,
            fine: toMoney(defendant.sentence.fine),
          }
        : null;
      const keep = sentence !== null && (defendant.verdict === 'convicted' || !isEmptySentence(sentence));
      return { ...defendant, sentence: keep ? sentence : null };
    });
  }
  if (values.victims) {
    body.victims = values.victims.map((group) => ({
      ...group,
      // A group added after the first one may start with null here (SimpleFormIterator copies keys).
      servicesProvided: group.servicesProvided ?? [],
      compensationAwarded: toMoney(group.compensationAwarded),
    }));
  }
  return body;
}

export interface Phrase {
  key: string;
  args?: Record<string, string | number>;
}

/**
 * A sentence as phrases to translate and join with commas,
 * e.g. "96 months custodial, confiscation".
 */
export function sentencePhrases(
  sentence: Sentence | null,
  formatAmount: (amount: number) => string = String,
): Phrase[] {
  if (!sentence) return [{ key: 'caseatlas.case.sentence.none' }];
  const phrases: Phrase[] = [];
  if (sentence.life) {
    phrases.push({ key: 'caseatlas.case.sentence.life' });
  } else if (sentence.custodialMonths) {
    phrases.push({ key: 'caseatlas.case.sentence.custodial', args: { smart_count: sentence.custodialMonths } });
    if (sentence.suspended) phrases.push({ key: 'caseatlas.case.sentence.suspended' });
  }
  if (sentence.probationMonths > 0) {
    phrases.push({ key: 'caseatlas.case.sentence.probation', args: { smart_count: sentence.probationMonths } });
  }
  if (sentence.fine && sentence.fine.amount > 0) {
    phrases.push({
      key: 'caseatlas.case.sentence.fine',
      args: { amount: formatAmount(sentence.fine.amount), currency: sentence.fine.currency },
    });
  }
  if (sentence.confiscation) phrases.push({ key: 'caseatlas.case.sentence.confiscation' });
  return phrases.length > 0 ? phrases : [{ key: 'caseatlas.case.sentence.none' }];
}
