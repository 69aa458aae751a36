import { useT } from '../i18n';
import { useEmailGuesses } from './useEmailGuesses';

interface Props {
  firstName: string;
  lastName: string;
  company: string;
  website?: string;
  onPick: (email: string) => void;
}

/** Likely addresses, clearly marked as unverified guesses; one click fills the email field. */
export function EmailGuesses({ firstName, lastName, company, website, onPick }: Props) {
  const t = useT();
  const guesses = useEmailGuesses(firstName, lastName, company, website);
  if (!guesses.length) return null;
  return (
    <div data-testid="email-guesses">
      <p className="text-xs font-medium text-slate-600 dark:text-slate-300">{t('linkedin.guesses')}</p>
      <ul className="mt-1 flex flex-wrap gap-1">
        {guesses.map((email) => (
          <li key={email}>
            <button
              type="button"
              onClick={() => onPick(email)}
              aria-label={t('linkedin.guessUse', { email })}
              className="rounded-full border border-dashed border-slate-400 px-2 py-0.5 text-xs text-slate-700 hover:border-indigo-500 hover:text-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 dark:border-slate-500 dark:text-slate-200"
            >
              {email}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
