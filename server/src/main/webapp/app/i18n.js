// The interface language: chosen by the user and remembered on the device, else the browser's.
import { messages } from './messages.js';

export const LANGUAGES = { en: 'English', ru: 'Русский', uk: 'Українська', sv: 'Svenska' };
const KEY = 'serviceaudit.lang';

let current = pick();

function pick() {
  const saved = localStorage.getItem(KEY);
  if (saved && LANGUAGES[saved]) return saved;
  const browser = (navigator.language || 'en').slice(0, 2);
  return LANGUAGES[browser] ? browser : 'en';
}

export function lang() {
  return current;
}

export function setLang(code) {
  current = LANGUAGES[code] ? code : 'en';
  localStorage.setItem(KEY, current);
  document.documentElement.lang = current;
}

/** The message in the current language, with {name} placeholders filled; English if missing. */
export function t(key, params = {}) {
  const text = messages[current][key] ?? messages.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

/** A template's localized text ({en, ru, …}) in the current language, else English, else any. */
export function local(text) {
  if (!text) return '';
  return text[current] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** A date and time as the reader's language writes them. */
export function when(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A score 0..1 as a percentage. */
export function score(value) {
  return value === null || value === undefined ? '—' : new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
