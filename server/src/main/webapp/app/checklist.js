// A template's items as the app fills them: the answer of each item from the draft, what is
// wrong with it (the same rules the server applies, so errors show before submitting), and
// progress per section. The server checks again; its word is final.
import { t, number } from './i18n.js';

export function items(template) {
  return template.sections.flatMap((s) => s.items);
}

export const scored = (item) => item.kind !== 'text' && item.kind !== 'photo';
export const required = (item) => item.required ?? scored(item);

/** The value of an entry as the API wants it, or undefined when the entry has none yet. */
export function value(item, entry) {
  if (!entry || entry.na) return undefined;
  const v = entry.value;
  if (v === undefined || v === null || v === '') return undefined;
  if (item.kind === 'count' || item.kind === 'duration' || item.kind === 'scale') {
    const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
    return Number.isFinite(n) && String(v).trim() !== '' ? n : String(v);
  }
  return v;
}

/** What is wrong with an item's entry, as a message for the auditor; null when it is fine. */
export function problem(item, entry) {
  if (entry?.na) return item.naAllowed ? null : t('check.naNotAllowed');
  const v = value(item, entry);
  if (v === undefined) {
    if (required(item)) return t('check.required');
    return entry?.comment ? (scored(item) ? t('check.commentWithoutAnswer') : null) : null;
  }
  switch (item.kind) {
    case 'count': {
      const max = item.max ?? 1000;
      return Number.isInteger(v) && v >= 0 && v <= max ? null : t('check.wholeNumber', { max: number(max) });
    }
    case 'duration': {
      const max = item.maxSeconds ?? 86400;
      return typeof v === 'number' && v >= 0 && v <= max ? null : t('check.seconds', { max: number(max) });
    }
    case 'scale':
      return Number.isInteger(v) && v >= 1 && v <= 5 ? null : t('check.scale');
    case 'text': {
      const max = item.maxLength ?? 10000;
      return v.length <= max ? null : t('check.tooLong', { max: number(max) });
    }
    default:
      return null;
  }
}

/** The answers to send: one per item that has a value or N/A, in template order. */
export function answers(template, values) {
  const result = [];
  for (const item of items(template)) {
    const entry = values[item.id];
    const answer = { item: item.id };
    if (entry?.na) answer.na = true;
    else {
      const v = value(item, entry);
      if (v === undefined) continue;
      answer.value = v;
    }
    if (entry.comment && entry.comment.trim()) answer.comment = entry.comment.trim();
    result.push(answer);
  }
  return result;
}

/** Every problem of the draft: [{item, section, message}], in template order. */
export function problems(template, values) {
  const found = [];
  template.sections.forEach((section, s) => section.items.forEach((item) => {
    const message = problem(item, values[item.id]);
    if (message) found.push({ item, section: s, message });
  }));
  return found;
}

/** How many of a section's items are answered (N/A counts), of how many. */
export function progress(section, values) {
  const done = section.items.filter((item) => values[item.id]?.na || value(item, values[item.id]) !== undefined).length;
  return { done, total: section.items.length };
}
