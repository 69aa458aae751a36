import { browser } from 'wxt/browser';
import { useSampleAction } from '../manager/contacts/EmptyState';
import { useT } from '../i18n';
import { Button, buttonClass } from '../ui/Button';
import { useSampleCount } from '../hooks/usePrivacy';

const manager = (section: string) => `${browser.runtime.getURL('/options.html')}#/${section}`;

/** First run (opened once, on install): the three things to do, and the sample contacts to try them on. */
export function WelcomePage() {
  const t = useT();
  const samples = useSampleAction('loadSampleContacts');
  // Only once every sample is written: the link leaves this page, and an in-page write stops with its page.
  const sampleCount = useSampleCount() ?? 0;
  const loaded = !samples.busy && sampleCount > 0;
  const steps = [
    { id: 'capture', title: t('welcome.capture.title'), body: t('welcome.capture.body'), link: undefined },
    { id: 'import', title: t('welcome.import.title'), body: t('welcome.import.body'), link: { href: manager('import'), label: t('welcome.import.action') } },
    { id: 'board', title: t('welcome.board.title'), body: t('welcome.board.body'), link: { href: manager('contacts'), label: t('common.openManager') } },
  ];
  return (
    <main className="mx-auto max-w-3xl space-y-8 p-8" data-testid="welcome">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('welcome.title')}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t('welcome.intro')}</p>
      </header>
      <ol className="grid gap-4 sm:grid-cols-3">
        {steps.map((step, i) => (
          <li key={step.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid={`welcome-step-${step.id}`}>
            <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">{t('welcome.step', { n: i + 1 })}</p>
            <h2 className="mt-1 font-semibold">{step.title}</h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{step.body}</p>
            {step.link && (
              <a href={step.link.href} className={`${buttonClass('secondary', 'sm')} mt-3`}>
                {step.link.label}
              </a>
            )}
          </li>
        ))}
      </ol>
      <section aria-labelledby="welcome-samples" className="rounded-lg bg-slate-50 p-4 dark:bg-slate-800">
        <h2 id="welcome-samples" className="font-semibold">{t('welcome.samples.title')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('contacts.samples.explain')}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          {loaded ? (
            <a href={manager('contacts')} className={buttonClass('primary')} data-testid="welcome-open-samples">
              {t('welcome.samples.open')}
            </a>
          ) : (
            <Button variant="primary" disabled={samples.busy} onClick={() => void samples.run()}>
              {t('contacts.samples.load')}
            </Button>
          )}
        </div>
        {samples.message}
      </section>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('welcome.privacy')}</p>
    </main>
  );
}
