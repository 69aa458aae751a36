/**
 * A small stand-in for WXT's ContentScriptContext, swapped in by a Vite alias
 * (wxt.config.ts) so the content scripts stay under their 15 KB budget: WXT's
 * class weighs ~2.5 KB minified for features these scripts do not use. It
 * keeps the behaviour they rely on, with the same method names:
 * - a newer copy of the same script (extension reloaded or updated) stops this one;
 * - the context is invalid once the extension is gone (runtime.id undefined);
 * - timers and listeners die with the context;
 * - `wxt:locationchange` fires on SPA moves (Navigation API, else a 1 s poll),
 *   with `newUrl` and `oldUrl` like WXT's event.
 * tests/unit/capture/lean-context.test.ts checks each of these.
 */
type Handler = (event: never) => void;

const runtimeId = () => (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private watching = false;

  constructor(
    private readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const started = this.eventName('wxt:content-script-started');
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: this.id } }));
    const onNewer = (event: Event) => {
      const detail = (event as CustomEvent).detail as { contentScriptName?: string; messageId?: string } | undefined;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(started, onNewer, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (runtimeId() == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: Handler, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && this.isValid) this.watchLocation();
    const name = type.startsWith('wxt:') ? this.eventName(type) : type;
    target.addEventListener(name, handler as EventListener, { ...options, signal: this.signal });
  }

  /** Unique to this extension and script, as WXT names its events. */
  private eventName(type: string): string {
    return `${runtimeId()}:${this.contentScriptName}:${type}`;
  }

  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = new URL(location.href);
    const moved = (to: string) => {
      const next = new URL(to);
      if (next.href === last.href) return;
      window.dispatchEvent(Object.assign(new Event(this.eventName('wxt:locationchange')), { newUrl: next, oldUrl: last }));
      last = next;
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (e) => moved((e as unknown as { destination: { url: string } }).destination.url), { signal: this.signal });
    } else {
      this.setInterval(() => moved(location.href), 1000);
    }
  }
}
