// Who is signed in. The token lives in localStorage so the app keeps working offline for days
// (the server's tokens last 30 days); the user record is cached with it.
const TOKEN = 'serviceaudit.token';
const USER = 'serviceaudit.user';

const listeners = new Set();

export const session = {
  token: () => localStorage.getItem(TOKEN),
  user: () => JSON.parse(localStorage.getItem(USER) || 'null'),
  signedIn: () => Boolean(localStorage.getItem(TOKEN)),
  start(token, user) {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
    listeners.forEach((f) => f());
  },
  end() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
    listeners.forEach((f) => f());
  },
  /** The server refused the token (revoked or expired): sign in again; local data stays. */
  expired() {
    this.end();
  },
  onChange(f) {
    listeners.add(f);
  },
};
