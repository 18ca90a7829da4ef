// The live chunk (dist/embed/kafka-sim.live.js): React, the engine and the view, loaded once per
// page by the loader when the first widget comes near the viewport or is touched. It exports
// nothing and announces its factory with an event, so it adds no global name to the page.
import { LiveWidget } from './element.tsx';
import { LIVE_EVENT, type LiveApi } from './live-api.ts';

const api: LiveApi = { create: (element, scriptUrl) => new LiveWidget(element, scriptUrl) };
document.dispatchEvent(new CustomEvent(LIVE_EVENT, { detail: api }));
