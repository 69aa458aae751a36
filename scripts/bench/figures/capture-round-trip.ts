import { SEND_SOURCE } from '../../../tests/hardening/content-world';
import { median, percentile, round } from '../stats';
import type { Figure } from '../types';

const CAPTURES = 200;
const WARM_UP = 10;

/**
 * Popup → background → stored → answer, timed inside the popup page (an
 * extension page: since issue 16 content scripts only report their page,
 * and the popup or side panel saves), on a profile already holding the
 * synthetic contacts. The answer comes after the IndexedDB transaction
 * committed, so each time covers the write.
 */
export const captureRoundTrip: Figure = {
  id: 'capture',
  async measure(bench) {
    const popup = await bench.openExtensionPage('popup');
    const times = (await popup.evaluate(`(async () => {
      const send = ${SEND_SOURCE};
      const times = [];
      for (let i = 0; i < ${WARM_UP + CAPTURES}; i++) {
        const draft = {
          email: 'bench.capture.' + i + '@capture-bench.com',
          firstName: 'Capture', lastName: 'Bench ' + i, company: 'Capture Bench SA', title: 'Directrice commerciale',
          linkedinUrl: 'https://www.linkedin.com/in/capture-bench-' + i,
          source: { method: 'linkedin', where: 'https://www.linkedin.com/in/capture-bench-' + i, at: Date.now() },
        };
        const started = performance.now();
        const answer = await send('captureContact', draft);
        const ms = performance.now() - started;
        if (!answer.res || answer.res.outcome !== 'created') throw new Error('capture ' + i + ': ' + JSON.stringify(answer).slice(0, 200));
        if (i >= ${WARM_UP}) times.push(ms);
      }
      return times;
    })()`)) as number[];
    await popup.close();
    const note = `${times.length} captures after ${WARM_UP} warm-up`;
    return [
      { figure: 'capture round trip, median', value: round(median(times)), unit: 'ms', target: null, note },
      { figure: 'capture round trip, p95', value: round(percentile(times, 95)), unit: 'ms', target: 50, note },
    ];
  },
};
