import { installService } from '../../../tests/hardening/page-service';
import { median, percentile, round } from '../stats';
import type { Figure } from '../types';

const CAPTURES = 200;
const WARM_UP = 10;

/**
 * A save from the popup, timed inside the popup page, through the in-page
 * service the capture card calls (lib/service: content scripts only report
 * their page, extension pages write), on a profile already holding the
 * synthetic contacts. The call resolves after the IndexedDB transaction
 * committed, so each time covers the write.
 */
export const captureRoundTrip: Figure = {
  id: 'capture',
  async measure(bench) {
    const popup = await bench.openExtensionPage('popup');
    await installService(popup);
    // New people on every run: a kept profile (--profile) already holds the last run's.
    const run = Date.now().toString(36);
    const times = (await popup.evaluate(`(async () => {
      const times = [];
      for (let i = 0; i < ${WARM_UP + CAPTURES}; i++) {
        const draft = {
          email: 'bench.capture.${run}.' + i + '@capture-bench.com',
          firstName: 'Capture', lastName: 'Bench ' + i, company: 'Capture Bench SA', title: 'Directrice commerciale',
          linkedinUrl: 'https://www.linkedin.com/in/capture-bench-${run}-' + i,
          source: { method: 'linkedin', where: 'https://www.linkedin.com/in/capture-bench-${run}-' + i, at: Date.now() },
        };
        const started = performance.now();
        const answer = await __fluenzrService.captureContact(draft);
        const ms = performance.now() - started;
        if (answer.outcome !== 'created') throw new Error('capture ' + i + ': ' + JSON.stringify(answer).slice(0, 200));
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
