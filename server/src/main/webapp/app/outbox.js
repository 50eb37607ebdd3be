// Submissions wait here until the server has them. Each carries the UUID made when the auditor
// pressed "submit"; the server answers a repeat of it with the stored submission, so sending
// again after a lost answer never makes a second one. Photos go first: the submission names them.
import { call, ApiError, Unreachable } from './api.js';
import { store } from './store.js';

const FIRST_DELAY = 2_000;
const LONGEST_DELAY = 5 * 60_000;
const listeners = new Set();
let running = null;
let timer = null;

/** Queues a submission of these answers and tries to send it at once. */
export async function enqueue(auditId, answers, photoIds, label) {
  const entry = {
    submissionId: crypto.randomUUID(),
    auditId,
    answers,
    photos: photoIds,
    label,
    state: 'waiting',
    queuedAt: new Date().toISOString(),
    attempts: 0,
    nextAttemptAt: 0,
  };
  await store.put('outbox', entry);
  changed();
  sync();
  return entry;
}

export const entries = () => store.all('outbox');

/** Sends what is due; with `now`, everything waiting, whatever its back-off says. */
export function sync({ now = false } = {}) {
  if (!running) {
    running = sendDue(now).finally(() => {
      running = null;
      changed();
      plan();
    });
  }
  return running;
}

/** Sends a sent submission again, as happens when the server's answer was lost on the way. */
export async function resend(submissionId) {
  const entry = await store.get('outbox', submissionId);
  entry.state = 'waiting';
  entry.nextAttemptAt = 0;
  await store.put('outbox', entry);
  return sync({ now: true });
}

/** Forgets a submission the server refused, after the auditor has seen why. */
export async function dismiss(submissionId) {
  await store.delete('outbox', submissionId);
  changed();
}

/** Calls f after every change; answers a function that stops that. */
export function onChange(f) {
  listeners.add(f);
  return () => listeners.delete(f);
}

async function sendDue(now) {
  for (const entry of await store.all('outbox')) {
    if (entry.state !== 'waiting' || (!now && entry.nextAttemptAt > Date.now())) continue;
    if (!(await send(entry))) return; // unreachable: the rest would fail the same way
  }
}

/** Answers false when the server could not be reached (or refused our token). */
async function send(entry) {
  try {
    for (const id of entry.photos) {
      const photo = await store.get('photos', id);
      if (photo && !photo.uploaded) {
        await call('POST', `audits/${entry.auditId}/photos`, { body: photo.blob, contentType: photo.contentType });
        photo.uploaded = true;
        await store.put('photos', photo);
      }
    }
    const scored = await call('POST', `audits/${entry.auditId}/submissions`,
      { json: { submissionId: entry.submissionId, answers: entry.answers } });
    Object.assign(entry, { state: 'sent', sentAt: new Date().toISOString(), score: scored.score, band: scored.band, lastError: null });
    await store.put('outbox', entry);
    const audit = await store.get('audits', entry.auditId);
    if (audit) {
      Object.assign(audit, { status: 'submitted', submissionId: entry.submissionId, score: scored.score, band: scored.band });
      await store.put('audits', audit);
    }
    await store.delete('drafts', entry.auditId);
    for (const id of entry.photos) await store.delete('photos', id);
    return true;
  } catch (e) {
    const refused = e instanceof ApiError && !e.retryable && e.status !== 401;
    if (refused) {
      Object.assign(entry, { state: 'refused', problem: e.problem, lastError: e.message });
    } else {
      entry.attempts += 1;
      const delay = Math.min(LONGEST_DELAY, FIRST_DELAY * 2 ** (entry.attempts - 1));
      Object.assign(entry, { nextAttemptAt: Date.now() + delay * (0.5 + Math.random() / 2), lastError: e instanceof Unreachable ? null : e.message });
    }
    await store.put('outbox', entry);
    return refused || !(e instanceof Unreachable || e.status === 401);
  }
}

async function plan() {
  clearTimeout(timer);
  const waiting = (await store.all('outbox')).filter((e) => e.state === 'waiting');
  if (waiting.length === 0) return;
  const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
  timer = setTimeout(() => sync(), Math.max(0, next - Date.now()));
}

function changed() {
  listeners.forEach((f) => f());
}

addEventListener('online', () => sync({ now: true }));
