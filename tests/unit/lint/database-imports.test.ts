import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule of README "Pages and the service", checked on the real eslint.config.js.
const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('lint: the database stays in lib/', () => {
  it('refuses the database module and Dexie in a component or an entrypoint', async () => {
    const code = "import { getDb } from '../../lib/db/database';\nimport Dexie from 'dexie';\nexport const x = [getDb, Dexie];\n";
    expect(await restricted('components/contact/Probe.tsx', code)).toHaveLength(2);
    expect(await restricted('entrypoints/popup/probe.ts', code)).toHaveLength(2);
  }, 30_000); // the first lint loads typescript-eslint

  it('refuses useLiveQuery in a component, allows it in a named hook, allows types everywhere', async () => {
    const live = "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n";
    expect(await restricted('components/contact/Probe.tsx', live)).toHaveLength(1);
    expect(await restricted('components/hooks/useProbe.ts', live)).toEqual([]);
    expect(await restricted('components/hooks/useProbe.ts', "import { getDb } from '../../lib/db/database';\nexport const x = getDb;\n")).toHaveLength(1);
    expect(await restricted('components/contact/Probe.tsx', "import type { PendingProfile } from '../../lib/db/database';\nexport type X = PendingProfile;\n")).toEqual([]);
  });

  it('lets lib/ open the database', async () => {
    expect(await restricted('lib/service/probe.ts', "import { getDb } from '../db/database';\nexport const x = getDb;\n")).toEqual([]);
  });
});
