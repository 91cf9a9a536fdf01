// A stand-in for importWorker.ts in importOffThread.test.ts: it misbehaves as each job's text says.
import { parentPort } from 'node:worker_threads';

let jobs = 0;
const map = (title) => ({ meta: { title }, nodes: {}, relations: {} });
const answer = (job, reply, pristine = true) => parentPort.postMessage({ id: job.id, pristine, ...reply });

const behaviours = {
  // Answers with how many jobs this thread has read: a new thread starts again at 1.
  count: (job) => answer(job, { outcome: { ok: true, map: map(String(jobs)), report: [] } }),
  hang: () => {
    for (;;);
  },
  crash: () => {
    throw new Error('the reader broke');
  },
  exit: () => process.exit(3),
  throw: (job) => answer(job, { error: 'the importer threw' }),
  // A map the schema refuses: a node keyed "__proto__", as structured clone delivers it.
  proto: (job) =>
    answer(job, {
      outcome: {
        ok: true,
        map: JSON.parse('{"meta":{"title":"t"},"nodes":{"__proto__":{"polluted":1}},"relations":{}}'),
        report: [],
      },
    }),
  // The thread's own Object.prototype is polluted: this process's stays clean, and main retires the thread.
  pollute: (job) => {
    Object.prototype.polluted = 1;
    answer(job, { outcome: { ok: true, map: map('looks fine'), report: [] } }, false);
  },
  report: (job) => answer(job, { outcome: { ok: true, map: map('t'), report: [{ severity: 'fatal', message: 1 }] } }),
};

parentPort.on('message', (job) => {
  jobs += 1;
  behaviours[job.text](job);
});
