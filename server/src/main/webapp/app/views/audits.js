// The auditor's list of assigned audits, and the outbox of submissions waiting to be sent.
import { h, table, add, onLeave } from '../dom.js';
import { t, local, when, score } from '../i18n.js';
import { all, get, Unreachable } from '../api.js';
import { store } from '../store.js';
import * as outbox from '../outbox.js';
import { session } from '../session.js';
import { failure } from '../main.js';

/**
 * Refreshes the assigned audits and everything needed to fill them offline: their templates and,
 * for a returned audit, the answers sent last. Answers false when the server cannot be reached.
 */
export async function refresh() {
  let audits;
  try {
    audits = await all('audits');
  } catch (e) {
    if (e instanceof Unreachable) return false;
    throw e;
  }
  const known = new Map((await store.all('audits')).map((a) => [a.id, a]));
  for (const audit of audits) {
    const key = `${audit.templateId}@${audit.templateVersion}`;
    if (!(await store.get('templates', key))) {
      const content = await get(`templates/${audit.templateId}/versions/${audit.templateVersion}`);
      await store.put('templates', { key, content });
    }
    const before = known.get(audit.id);
    if (audit.status === 'returned' && audit.submissionId) {
      audit.lastAnswers = before?.submissionId === audit.submissionId && before.lastAnswers
        ? before.lastAnswers
        : (await get(`audits/${audit.id}/submissions/${audit.submissionId}`)).answers;
    }
  }
  await store.replaceAll('audits', audits);
  return true;
}

/** The status the auditor sees: the server's, overlaid with what is still on this tablet. */
export function status(audit, draft, entries) {
  const mine = entries.filter((e) => e.auditId === audit.id);
  if (mine.some((e) => e.state === 'waiting')) return 'waiting';
  if (mine.some((e) => e.state === 'refused') && draft) return 'refused';
  if (audit.status === 'returned') return 'returned';
  if (audit.status !== 'assigned') return 'sent';
  return draft ? 'draft' : 'todo';
}

export async function myAudits(view) {
  const online = await refresh();
  const user = session.user();
  const audits = (await store.all('audits')).filter((a) => a.auditorId === user.id);
  const drafts = new Map((await store.all('drafts')).map((d) => [d.auditId, d]));
  const entries = await outbox.entries();
  const templates = new Map((await store.all('templates')).map((x) => [x.key, x.content]));
  const rows = audits.map((a) => ({ audit: a, status: status(a, drafts.get(a.id), entries) }))
    .sort((x, y) => x.audit.dueTo.localeCompare(y.audit.dueTo));
  const groups = [
    ['audits.open', rows.filter((r) => ['todo', 'draft', 'returned', 'refused'].includes(r.status))],
    ['audits.waiting', rows.filter((r) => r.status === 'waiting')],
    ['audits.sent', rows.filter((r) => r.status === 'sent')],
  ];
  add(view, 
    h('h1', {}, t('audits.title')),
    online ? null : h('p', { class: 'notice', role: 'status' }, t('audits.offline')),
    groups.map(([heading, list]) => h('section', { 'aria-labelledby': `${heading}-h` },
      h('h2', { id: `${heading}-h` }, t(heading), ' ', h('span', { class: 'count' }, `(${list.length})`)),
      list.length === 0 ? h('p', { class: 'hint' }, t('audits.none')) : h('ul', { class: 'cards' }, list.map(({ audit, status: s }) => {
        const template = templates.get(`${audit.templateId}@${audit.templateVersion}`);
        return h('li', {},
          h('a', { class: 'card audit', href: `#/audits/${audit.id}`, 'data-audit': audit.id },
            h('strong', {}, audit.locationName),
            h('span', {}, template ? local(template.title) : audit.templateId),
            h('span', { class: 'hint' }, `${when(audit.dueFrom)} – ${when(audit.dueTo)}`),
            h('span', { class: `status ${s}` }, t(`status.${s}`)),
            audit.status === 'returned' && audit.reviewComment
              ? h('span', { class: 'comment' }, t('audits.reviewer'), ': ', audit.reviewComment) : null,
            audit.score !== undefined && s === 'sent' ? h('span', {}, t('audits.score'), ': ', score(audit.score)) : null));
      })))));
}

export async function outboxView(view) {
  const newestFirst = async () => (await outbox.entries()).sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
  const list = h('div', {});
  const draw = (rows) => list.replaceChildren(rows.length === 0 ? h('p', { class: 'hint' }, t('outbox.empty')) : table(rows, [
    [t('outbox.audit'), (e) => e.label],
    [t('outbox.queued'), (e) => when(e.queuedAt)],
    [t('outbox.state'), (e) => h('span', { class: `status ${e.state}`, 'data-submission': e.submissionId }, t(`outbox.${e.state}`))],
    [t('outbox.detail'), (e) => {
      if (e.state === 'sent') return `${when(e.sentAt)} · ${t('audits.score')}: ${score(e.score)}`;
      if (e.state === 'refused') {
        return h('span', {}, failure({ problem: e.problem, message: e.lastError }), ' ',
          h('button', { type: 'button', onclick: async () => { await outbox.dismiss(e.submissionId); draw(await newestFirst()); } },
            t('outbox.dismiss')));
      }
      return e.attempts ? t('outbox.retry', { n: e.attempts, at: when(new Date(e.nextAttemptAt)), error: e.lastError || t('queue.offline') }) : '';
    }],
  ]));
  const message = h('p', { role: 'status', class: 'hint' });
  add(view, 
    h('h1', {}, t('outbox.title')),
    h('p', {}, t('outbox.explain')),
    h('button', {
      type: 'button', class: 'primary', id: 'send-now',
      onclick: async () => {
        await outbox.sync({ now: true });
        draw(await newestFirst());
        message.textContent = t('outbox.tried', { at: when(new Date()) });
      },
    }, t('outbox.sendNow')),
    message,
    list);
  draw(await newestFirst());
  onLeave(view, outbox.onChange(async () => draw(await newestFirst())));
}
