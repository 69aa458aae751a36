import { useEffect, useState } from 'react';

/**
 * True once `ms` have passed since mount. Skeletons wait for it: a read that
 * answers quickly shows its data with no placeholder painted (and replaced)
 * first, which measurably delayed the first rows; a slow one shows the frame.
 */
export function useLate(ms = 120): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return late;
}
