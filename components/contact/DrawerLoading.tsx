import { Loading } from '../ui/lazy';

/** The drawer's frame while its code loads (first open only): same overlay, a click outside closes it. */
export function DrawerLoading({ onClose }: { onClose: () => void }) {
  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-slate-900/30" onMouseDown={onClose}>
      <div className="flex h-full w-full max-w-xl flex-col bg-white p-5 shadow-2xl dark:bg-slate-900" onMouseDown={(event) => event.stopPropagation()}>
        <Loading />
      </div>
    </div>
  );
}
