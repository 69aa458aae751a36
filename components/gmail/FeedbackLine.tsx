import type { Feedback } from './useSaveDrafts';

export function FeedbackLine({ feedback, testId }: { feedback?: Feedback; testId: string }) {
  return (
    <p role="status" aria-live="polite" data-testid={testId} className={feedback?.tone === 'error' ? 'text-sm text-red-600 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
      {feedback?.text}
    </p>
  );
}
