// What a client's manager reads: the period report as PDF, and the published audits.
import { h, table, field, download, add } from '../dom.js';
import { t, when, score, lang, LANGUAGES } from '../i18n.js';
import { all, get, call } from '../api.js';
import { select } from '../forms.js';
import { failure } from '../main.js';
import { session } from '../session.js';

const POLL_MS = 1000;

export async function reports(view) {
  const user = session.user();
  const clientList = user.role === 'manager' ? [await get(`clients/${user.clientId}`)] : await all('clients');
  const client = select(clientList.map((c) => [c.id, c.name]), { id: 'report-client' });
  const kind = select([['month', t('reports.month')], ['quarter', t('reports.quarter')], ['year', t('reports.year')]], { id: 'report-kind' });
  const month = h('input', { type: 'month', id: 'report-month', required: true });
  const now = new Date();
  const previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  month.value = `${previous.getFullYear()}-${String(previous.getMonth() + 1).padStart(2, '0')}`;
  const language = select(Object.entries(LANGUAGES), { id: 'report-lang' });
  language.value = lang();
  const progress = h('progress', { max: 1, value: 0, hidden: true, id: 'report-progress' });
  const message = h('p', { role: 'status', id: 'report-message' });
  const jobs = h('div', {});

  /** The period the inputs name: 2026-11, 2026-Q4 or 2026. */
  const period = () => {
    const [year, m] = month.value.split('-');
    if (kind.value === 'year') return year;
    if (kind.value === 'quarter') return `${year}-Q${Math.ceil(Number(m) / 3)}`;
    return month.value;
  };
  const fetchPdf = async (job) => {
    const file = await call('GET', `report-jobs/${job.id}/pdf`, { as: 'blob' });
    download(file.blob, file.fileName);
  };
  const drawJobs = async () => {
    const list = await get(`report-jobs?clientId=${client.value}`);
    jobs.replaceChildren(table(list, [
      [t('reports.period'), (j) => j.period],
      [t('reports.language'), (j) => LANGUAGES[j.lang] || j.lang],
      [t('reports.made'), (j) => when(j.finishedAt || j.createdAt)],
      [t('reports.state'), (j) => t(`job.${j.state}`)],
      ['', (j) => (j.state === 'done' ? h('button', { type: 'button', onclick: () => fetchPdf(j).catch((e) => { message.textContent = failure(e); }) },
        t('reports.download')) : j.failure || '')],
    ], t('reports.recent')));
  };

  const form = h('form', {
    class: 'card',
    onsubmit: async (e) => {
      e.preventDefault();
      message.className = '';
      try {
        const query = new URLSearchParams({
          clientId: client.value, period: period(), lang: language.value,
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        });
        let job = await call('POST', `report-jobs?${query}`);
        progress.hidden = false;
        while (job.state === 'queued' || job.state === 'running') {
          progress.value = job.progress || 0;
          message.textContent = t('reports.working', { stage: job.stage || '' });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          job = await get(`report-jobs/${job.id}`);
        }
        progress.hidden = true;
        if (job.state === 'failed') throw new Error(job.failure);
        message.textContent = t('reports.ready', { name: job.fileName });
        await fetchPdf(job);
        await drawJobs();
      } catch (err) {
        progress.hidden = true;
        message.className = 'error';
        message.textContent = failure(err);
      }
    },
  },
  h('h2', {}, t('reports.new')),
  field(t('reports.client'), client),
  field(t('reports.kind'), kind),
  field(t('reports.monthInPeriod'), month, t('reports.monthHint')),
  field(t('reports.language'), language),
  h('button', { type: 'submit', class: 'primary', id: 'make-report' }, t('reports.make')),
  progress,
  message);
  client.addEventListener('change', drawJobs);
  add(view, h('h1', {}, t('reports.title')), form, jobs);
  await drawJobs();
}

export async function published(view) {
  const audits = await all('audits?status=published');
  add(view, 
    h('h1', {}, t('published.title')),
    audits.length === 0 ? h('p', { class: 'hint' }, t('published.none')) : table(audits, [
      [t('assign.location'), (a) => h('a', { href: `#/review/${a.id}`, 'data-audit': a.id }, a.locationName)],
      [t('assign.template'), (a) => a.templateId],
      [t('review.submitted'), (a) => when(a.submittedAt)],
      [t('audits.score'), (a) => score(a.score)],
      [t('published.band'), (a) => (a.band ? t(`band.${a.band}`) : '')],
    ]));
}
