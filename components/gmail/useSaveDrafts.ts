import { useState } from 'react';
import { captureContact } from '../../lib/service/contacts';
import { PLAN_LIMITS, type ContactDraft } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';

export interface Feedback {
  tone: 'ok' | 'error';
  text: string;
}

/** Save drafts one by one through captureContact and sum up what happened, in words. */
export function useSaveDrafts() {
  const t = useT();
  const tp = usePlural();
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();

  async function save(drafts: ContactDraft[]): Promise<void> {
    setBusy(true);
    setFeedback(undefined);
    let saved = 0;
    const reasons: string[] = [];
    try {
      for (const draft of drafts) {
        const result = await captureContact(draft);
        if (result.outcome === 'refused') reasons.push(t(`error.${result.reason}`, { limit: PLAN_LIMITS.free ?? 0 }));
        else if (result.outcome === 'invalid') reasons.push(`${draft.email}: ${result.problems.map((p) => p.problem).join(', ')}`);
        else saved++;
      }
      if (!reasons.length) {
        setFeedback({ tone: 'ok', text: drafts.length === 1 ? t('gmail.savedOne', { email: drafts[0]!.email }) : tp('gmail.savedAll', saved) });
      } else {
        setFeedback({ tone: 'error', text: t('gmail.savedSome', { saved, refused: reasons.length, reason: [...new Set(reasons)].join(' ') }) });
      }
    } catch (error) {
      const { key, params } = errorMessage(error);
      setFeedback({ tone: 'error', text: t(key, params) });
    } finally {
      setBusy(false);
    }
  }

  return { save, busy, feedback };
}
