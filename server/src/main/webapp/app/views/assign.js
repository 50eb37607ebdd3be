// Assigning audits to auditors, and the automated probes with their recent runs.
import { h, table, field, add } from '../dom.js';
import { t, when, score, number } from '../i18n.js';
import { all, post, get } from '../api.js';
import { apiForm, select } from '../forms.js';
import { failure } from '../main.js';

/** A local date-time input's value as an instant (the browser's zone is the staff member's). */
const instant = (local) => new Date(local).toISOString();
const localInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export async function assignments(view) {
  const [clientList, templates, auditors] = await Promise.all([all('clients'), all('templates'), all('users?role=auditor&enabled=true')]);
  const locations = (await Promise.all(clientList.map((c) => all(`clients/${c.id}/locations`)
    .then((ls) => ls.map((l) => [l.id, `${c.name} · ${l.name}`]))))).flat();
  const statusFilter = select([['', t('assign.anyStatus')], ...['assigned', 'submitted', 'returned', 'approved', 'published']
    .map((s) => [s, t(`auditStatus.${s}`)])], { id: 'status-filter' });
  const list = h('div', {});
  const load = async () => {
    const audits = await all(`audits${statusFilter.value ? `?status=${statusFilter.value}` : ''}`);
    list.replaceChildren(table(audits, [
      [t('assign.location'), (a) => `${a.clientName} · ${a.locationName}`],
      [t('assign.template'), (a) => `${a.templateId} v${a.templateVersion}`],
      [t('assign.auditor'), (a) => a.auditor],
      [t('assign.due'), (a) => `${when(a.dueFrom)} – ${when(a.dueTo)}`],
      [t('assign.status'), (a) => h('a', { href: `#/review/${a.id}` }, t(`auditStatus.${a.status}`))],
      [t('audits.score'), (a) => score(a.score)],
    ]));
  };
  statusFilter.addEventListener('change', load);
  const now = new Date();
  add(view, 
    h('h1', {}, t('assign.title')),
    apiForm(t('assign.new'), [
      { name: 'locationId', label: t('assign.location'), input: select(locations) },
      { name: 'templateId', label: t('assign.template'), input: select([...new Set(templates.map((x) => x.id))].map((id) => [id, id])) },
      { name: 'auditorId', label: t('assign.auditor'), input: select(auditors.map((u) => [u.id, `${u.displayName} (${u.username})`])) },
      { name: 'dueFrom', label: t('assign.dueFrom'), input: h('input', { type: 'datetime-local', required: true, value: localInput(now) }) },
      { name: 'dueTo', label: t('assign.dueTo'), input: h('input', { type: 'datetime-local', required: true, value: localInput(new Date(now.getTime() + 7 * 86_400_000)) }) },
    ], t('assign.create'), async (v) => {
      const created = await post('audits', {
        locationId: Number(v.locationId), templateId: v.templateId, auditorId: Number(v.auditorId),
        dueFrom: instant(v.dueFrom), dueTo: instant(v.dueTo),
      });
      await load();
      return t('assign.created', { id: created.id });
    }),
    h('h2', {}, t('assign.list')),
    field(t('assign.status'), statusFilter),
    list);
  await load();
}

export async function probes(view) {
  const [emailProbes, websiteProbes, emailRuns, websiteRuns] = await Promise.all([
    all('email-probes'), all('website-probes'), get('email-runs?size=20'), get('website-runs?size=20')]);
  const message = h('p', { role: 'status' });
  const runNow = (kind, id) => h('button', {
    type: 'button',
    onclick: async () => {
      try {
        await post(`${kind}/${id}/runs`, {});
        message.textContent = t('probes.started');
      } catch (e) {
        message.textContent = failure(e);
      }
    },
  }, t('probes.runNow'));
  const seconds = (s) => (s === undefined || s === null ? '' : `${number(s / 3600, 1)} h`);
  add(view, 
    h('h1', {}, t('probes.title')),
    message,
    h('h2', {}, t('probes.email')),
    table(emailProbes, [
      ['#', (p) => p.id], [t('probes.target'), (p) => p.targetAddress], [t('probes.language'), (p) => p.language],
      [t('probes.schedule'), (p) => p.schedule || t('probes.byHand')], [t('probes.next'), (p) => when(p.nextRunAt)],
      ['', (p) => runNow('email-probes', p.id)],
    ]),
    h('h2', {}, t('probes.website')),
    table(websiteProbes, [
      ['#', (p) => p.id], [t('probes.url'), (p) => p.url],
      [t('probes.schedule'), (p) => p.schedule || t('probes.byHand')], [t('probes.next'), (p) => when(p.nextRunAt)],
      ['', (p) => runNow('website-probes', p.id)],
    ]),
    h('h2', {}, t('probes.emailRuns')),
    table(emailRuns.items, [
      [t('probes.due'), (r) => when(r.dueAt)], [t('probes.to'), (r) => r.to], [t('probes.state'), (r) => r.state],
      [t('probes.replied'), (r) => seconds(r.repliedAfterSeconds)], [t('audits.score'), (r) => score(r.score)],
    ]),
    h('h2', {}, t('probes.websiteRuns')),
    table(websiteRuns.items, [
      [t('probes.due'), (r) => when(r.dueAt)], [t('probes.url'), (r) => r.url], [t('probes.state'), (r) => r.state],
      [t('probes.faq'), (r) => (r.faqFound ? t('fill.yes') : t('fill.no'))], [t('audits.score'), (r) => score(r.score)],
    ]),
    h('p', { class: 'hint' }, t('probes.setupHint')));
}
