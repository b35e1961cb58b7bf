import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type WorkerContainer } from './register-service-worker';

/** A stand-in for the browser's service worker objects, with just what the module touches. */
function fakeBrowser(options: { controller: boolean; waiting?: boolean; registerFails?: boolean }) {
  const listeners = new Map<string, () => void>();
  const waiting = { postMessage: vi.fn() };
  const registration = {
    waiting: options.waiting ? waiting : null,
    installing: null,
    addEventListener: vi.fn(),
  };
  const container = {
    controller: options.controller ? {} : null,
    register: vi.fn(async () => {
      if (options.registerFails) throw new Error('blocked');
      return registration;
    }),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  } as unknown as WorkerContainer;
  return { container, waiting, fire: (type: string) => listeners.get(type)?.() };
}

describe('registerServiceWorker', () => {
  it('does nothing where service workers do not exist or registration fails', async () => {
    const onUpdateReady = vi.fn();
    expect(
      await registerServiceWorker({ container: undefined, base: '/', onUpdateReady, reload: vi.fn() }),
    ).toBeUndefined();
    const { container } = fakeBrowser({ controller: false, registerFails: true });
    expect(await registerServiceWorker({ container, base: '/', onUpdateReady, reload: vi.fn() })).toBeUndefined();
    expect(onUpdateReady).not.toHaveBeenCalled();
  });

  it('registers sw.js at the base path with the base path as scope', async () => {
    const { container } = fakeBrowser({ controller: false });
    await registerServiceWorker({ container, base: '/async-lab/', onUpdateReady: vi.fn(), reload: vi.fn() });
    expect(container.register).toHaveBeenCalledWith('/async-lab/sw.js', { scope: '/async-lab/' });
  });

  it('offers a waiting version, activates it on request and reloads once it has taken over', async () => {
    const { container, waiting, fire } = fakeBrowser({ controller: true, waiting: true });
    const reload = vi.fn();
    let apply: (() => void) | undefined;
    await registerServiceWorker({ container, base: '/', onUpdateReady: (fn) => (apply = fn), reload });
    expect(apply).toBeTypeOf('function');
    fire('controllerchange'); // not asked for: no reload
    expect(reload).not.toHaveBeenCalled();
    apply?.();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
    fire('controllerchange');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not offer a reload on the first visit, when nothing older controls the page', async () => {
    const { container } = fakeBrowser({ controller: false, waiting: true });
    const onUpdateReady = vi.fn();
    await registerServiceWorker({ container, base: '/', onUpdateReady, reload: vi.fn() });
    expect(onUpdateReady).not.toHaveBeenCalled();
  });
});
