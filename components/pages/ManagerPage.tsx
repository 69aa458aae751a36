import { SECTIONS } from '../manager/sections';
import { useHashRoute } from '../manager/useHashRoute';
import { PlanUsage } from '../PlanUsage';
import { useT } from '../i18n';
import { TeamSyncNav } from '../team/TeamSyncNav';

/** The full-page manager (the options page): a nav and one section at a time. */
export function ManagerPage() {
  const t = useT();
  const { section } = useHashRoute();
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;
  return (
    <div className="flex min-h-screen">
      <nav aria-label={t('manager.nav.label')} className="w-52 shrink-0 print:hidden border-r border-slate-200 p-4 dark:border-slate-700">
        <p className="mb-4 text-lg font-bold">{t('app.name')}</p>
        <ul className="space-y-1">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={`#/${s.id}`}
                aria-current={s.id === current.id ? 'page' : undefined}
                className="block rounded px-2 py-1 text-sm hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-700 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-indigo-900/40 dark:aria-[current=page]:text-indigo-200"
              >
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
        <div className="mt-6">
          <PlanUsage />
          <TeamSyncNav />
        </div>
      </nav>
      <main className="min-w-0 flex-1 p-6">{current.render()}</main>
    </div>
  );
}
