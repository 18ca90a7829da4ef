// Two tabs on one sandbox know of each other: a tab that opens the sandbox says hello on a
// BroadcastChannel, and a tab already saving it answers, so the newcomer is told and chooses (take
// over, or work on a copy). A tab that takes over tells the others, and they stop saving.
// persistSandbox (sandbox-boot.ts) adds the safety net: it never writes over a saved sandbox that
// changed since this tab last read or wrote it.

const CHANNEL = 'kafka-sim:sandbox-tabs';

type TabMessage = { type: 'hello' | 'here' | 'took-over'; id: string };

export interface TabChannel {
  /** Tells the other tabs that this one saves the sandbox from now on. */
  tookOver(): void;
  close(): void;
}

export function openTabChannel(handlers: { saving: () => boolean; onOtherTab: () => void; onTakenOver: () => void }): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { tookOver: () => undefined, close: () => undefined };
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const message = event.data;
    if (!message || message.id === id) return;
    if (message.type === 'hello' && handlers.saving()) channel.postMessage({ type: 'here', id } satisfies TabMessage);
    else if (message.type === 'here') handlers.onOtherTab();
    else if (message.type === 'took-over') handlers.onTakenOver();
  };
  channel.postMessage({ type: 'hello', id } satisfies TabMessage);
  return {
    tookOver: () => channel.postMessage({ type: 'took-over', id } satisfies TabMessage),
    close: () => channel.close(),
  };
}
