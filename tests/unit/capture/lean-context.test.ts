import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/capture/lean-context';

afterEach(() => vi.useRealTimers());

describe('lean ContentScriptContext (stands in for WXT\'s in the content scripts)', () => {
  it('a newer copy of the same script invalidates the older one, not another script', () => {
    const old = new ContentScriptContext('linkedin');
    const other = new ContentScriptContext('gmail');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    const newer = new ContentScriptContext('linkedin');
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(old.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });

  it('timers and listeners die with the context', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('timers');
    const tick = vi.fn();
    const heard = vi.fn();
    ctx.setTimeout(tick, 100);
    ctx.addEventListener(window, 'resize', heard);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(200);
    window.dispatchEvent(new Event('resize'));
    expect(tick).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
  });

  it('is invalid once the extension is gone', () => {
    const ctx = new ContentScriptContext('gone');
    const runtime = chrome.runtime;
    vi.spyOn(chrome, 'runtime', 'get').mockReturnValue({ ...runtime, id: undefined } as typeof chrome.runtime);
    expect(ctx.isValid).toBe(false);
  });

  it('reports SPA moves as wxt:locationchange with the new and old URL', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('moves');
    const moves: Array<{ newUrl: URL; oldUrl: URL }> = [];
    ctx.addEventListener(window, 'wxt:locationchange', ((event: { newUrl: URL; oldUrl: URL }) => moves.push(event)) as never);
    const before = location.href;
    history.pushState({}, '', '/in/someone-else/');
    vi.advanceTimersByTime(1100);
    expect(moves.map((m) => [m.oldUrl.href, m.newUrl.href])).toEqual([[before, new URL('/in/someone-else/', before).href]]);
    ctx.notifyInvalidated();
  });
});
