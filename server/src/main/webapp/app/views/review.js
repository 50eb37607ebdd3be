// Agency staff review submissions: read every answer with its photos, then approve, return
// with a comment for the auditor, and publish to the client's managers.
import { h, table, field, download, add } from '../dom.js';
import { t, local, when, score, lang } from '../i18n.js';
import { all, get, post, call } from '../api.js';
import { failure, go } from '../main.js';
import { session } from '../session.js';

export async function reviewQueue(view) {
  const [submitted, approved] = await Promise.all([all('audits?status=submitted'), all('audits?status=approved')]);
  const columns = [
    [t('assign.location'), (a) => h('a', { href: `#/review/${a.id}` }, `${a.clientName} · ${a.locationName}`)],
    [t('assign.template'), (a) => a.templateId],
    [t('assign.auditor'), (a) => a.auditor],
    [t('review.submitted'), (a) => when(a.submittedAt)],
    [t('audits.score'), (a) => score(a.score)],
  ];
  add(view, 
    h('h1', {}, t('review.title')),
    h('h2', {}, t('review.toReview'), ` (${submitted.length})`),
    submitted.length ? table(submitted, columns) : h('p', { class: 'hint' }, t('review.nothing')),
    h('h2', {}, t('review.toPublish'), ` (${approved.length})`),
    approved.length ? table(approved, columns) : h('p', { class: 'hint' }, t('review.nothing')));
}

/** One audit's latest submission with every answer; staff may act on it, a manager reads it. */
export async function review(view, id) {
  const audit = await get(`audits/${id}`);
  const staff = session.user().role === 'admin';
  if (!audit.submissionId) {
    add(view, h('h1', {}, audit.locationName), h('p', {}, t(`auditStatus.${audit.status}`)));
    return;
  }
  const [submission, template] = await Promise.all([
    get(`audits/${id}/submissions/${audit.submissionId}`),
    get(`templates/${audit.templateId}/versions/${audit.templateVersion}`)]);
  const answers = new Map(submission.answers.map((a) => [a.item, a]));
  const results = new Map(submission.items.map((r) => [r.item, r]));
  const message = h('p', { role: 'status' });
  const comment = h('textarea', { rows: 3, id: 'review-comment', maxlength: 4000 });

  const act = (label, decision, cls) => h('button', {
    type: 'button', class: cls, 'data-action': decision,
    onclick: async () => {
      try {
        if (decision === 'publish') await post(`audits/${id}/publication`, {});
        else await post(`audits/${id}/review`, decision === 'return' ? { decision, comment: comment.value } : { decision });
        go(decision === 'publish' ? 'review' : `review/${id}`);
      } catch (e) {
        message.className = 'error';
        message.textContent = failure(e);
      }
    },
  }, label);

  const shown = (item, answer) => {
    if (!answer) return h('span', { class: 'hint' }, t('review.unanswered'));
    if (answer.na) return t('fill.na');
    switch (item.kind) {
      case 'yes_no': return answer.value ? t('fill.yes') : t('fill.no');
      case 'scale': return `${answer.value} — ${local(item.points[String(answer.value)])}`;
      case 'choice': return local(item.options.find((o) => o.id === answer.value)?.label) || answer.value;
      case 'duration': return `${answer.value} ${t('fill.seconds')}`;
      case 'photo': return photo(id, answer.value, local(item.text));
      default: return String(answer.value);
    }
  };

  add(view, 
    h('h1', {}, `${audit.clientName} · ${audit.locationName}`),
    h('p', { class: 'subtitle' }, `${local(template.title)} · ${audit.auditor ? `${audit.auditor} · ` : ''}${when(submission.receivedAt)} · `,
      h('span', { class: `status ${audit.status}`, id: 'audit-status' }, t(`auditStatus.${audit.status}`))),
    h('p', { class: 'score' }, t('audits.score'), ': ', h('strong', { id: 'audit-score' }, score(submission.score)), ` · ${t(`band.${submission.band}`)}`,
      submission.criticalFailure ? ` · ${t('review.critical')}` : ''),
    audit.reviewComment ? h('p', { class: 'notice' }, t('fill.returned'), ' ', audit.reviewComment) : null,
    h('button', {
      type: 'button',
      onclick: async () => {
        const file = await call('GET', `audits/${id}/report?lang=${lang()}`, { as: 'blob' });
        download(file.blob, file.fileName);
      },
    }, t('review.pdf')),
    template.sections.map((s) => h('section', { class: 'card' },
      h('h2', {}, local(s.title), ' ', h('span', { class: 'hint' }, score(submission.sections.find((x) => x.id === s.id)?.score))),
      table(s.items, [
        [t('review.item'), (i) => local(i.text)],
        [t('review.answer'), (i) => shown(i, answers.get(i.id))],
        [t('review.result'), (i) => {
          const r = results.get(i.id);
          return r ? h('span', { class: `result ${r.status}` }, t(`result.${r.status}`)) : '';
        }],
        [t('fill.comment'), (i) => answers.get(i.id)?.comment || ''],
      ]))),
    staff && audit.status === 'submitted' ? h('div', { class: 'card' },
      h('h2', {}, t('review.decide')),
      field(t('review.comment'), comment, t('review.commentHint')),
      h('div', { class: 'row' }, act(t('review.approve'), 'approve', 'primary'), act(t('review.return'), 'return'))) : null,
    staff && audit.status === 'approved' ? h('div', { class: 'row' }, act(t('review.publish'), 'publish', 'primary')) : null,
    message);
}

function photo(auditId, photoId, label) {
  const img = h('img', { alt: label, class: 'thumb' });
  call('GET', `audits/${auditId}/photos/${photoId}`, { as: 'blob' })
    .then((file) => { img.src = URL.createObjectURL(file.blob); })
    .catch(() => { img.alt = `${label}: ${t('review.photoMissing')}`; });
  return img;
}
