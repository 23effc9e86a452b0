/**
 * embed-host.js: the small parent script our responsive snippet loads. It sizes every
 * <iframe data-ban-atlas="slug"> from the height messages that frame posts, matching the
 * frame by event.source (sandboxed frames report origin "null") and clamping the height.
 */
import { heightFromMessage } from './lib/embed/host.ts';

window.addEventListener('message', (event: MessageEvent) => {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-ban-atlas]')) {
    if (frame.contentWindow !== event.source) continue;
    const h = heightFromMessage(event.data, frame.dataset.banAtlas ?? '');
    if (h !== null) frame.style.height = `${h}px`;
  }
});
