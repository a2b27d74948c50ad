// The signed-in person: shown in the header, used to offer only the actions they may take.
import { request, read } from './api.js';
import { esc } from './text.js';

const ROLE_NAMES = {
  STRATEGY_OFFICE: 'Strategiebüro',
  EDITOR: 'Bearbeitung',
  AUDITOR: 'Prüfung',
  VIEWER: 'Lesen',
  MONITORING: 'Überwachung',
};

let current;

/** Who is signed in ({anonymous: true} when nobody is). */
export async function me() {
  if (!current) {
    current = read('/api/v1/me').catch(() => ({ anonymous: true, roles: [], units: [], login: 'form' }));
  }
  return current;
}

export function has(user, role) {
  return !user.anonymous && user.roles.includes(role);
}

/** "FB11/400", "fb 11 / 400" and "FB 11/400" are one unit, as on the server (OrgUnit). */
export function unitCode(raw) {
  const trimmed = String(raw || '').trim().replace(/\s+/g, ' ');
  const match = /^(FB|E|Dez\.?)\s*([0-9IVX]+)(?:\s*\/\s*([0-9]+))?$/i.exec(trimmed);
  if (!match) return trimmed;
  const kind = match[1].toUpperCase().startsWith('DEZ') ? 'Dez.' : match[1].toUpperCase();
  return `${kind} ${match[2].toUpperCase()}${match[3] ? '/' + match[3] : ''}`;
}

function within(unit, other) {
  const a = unitCode(unit);
  const b = unitCode(other);
  return a === b || a.startsWith(b + '/');
}

/**
 * What this person may do with this measure, mirroring the command side's access policy: the
 * strategy office everything; the lead unit (or a parent) all but priority, cancel and reopen;
 * a collaborating unit progress and KPI values. The server checks again on every change.
 */
export function permissions(user, measure) {
  const none = { any: false, lead: false, office: false, collaborate: false };
  if (user.anonymous) return none;
  const closed = measure.status === 'COMPLETED' || measure.status === 'CANCELLED';
  if (has(user, 'STRATEGY_OFFICE')) {
    return { any: true, lead: !closed, office: true, collaborate: !closed, reopen: closed };
  }
  if (!has(user, 'EDITOR')) return none;
  const lead = user.units.some((unit) => within(measure.leadUnit, unit));
  const collaborate = lead || (measure.collaborators || [])
    .filter((c) => c.kind === 'UNIT')
    .some((c) => user.units.some((unit) => within(c.name, unit)));
  return { any: (lead || collaborate) && !closed, lead: lead && !closed, office: false, collaborate: collaborate && !closed, reopen: false };
}

/** Fills the header: who is signed in, sign-out, and the audit link for auditors. */
export async function header() {
  const user = await me();
  const area = document.getElementById('session');
  if (!area) return user;
  if (user.anonymous) {
    const back = encodeURIComponent(location.pathname + location.search);
    area.innerHTML = user.login === 'form' || user.login === 'oidc'
      ? `<span>Öffentliche Ansicht</span> <a class="button" href="/anmelden?weiter=${back}">Anmelden</a>`
      : '<span>Öffentliche Ansicht</span>';
  } else {
    const roles = user.roles.map((r) => ROLE_NAMES[r] || r).join(', ');
    const units = user.units.length ? ` · ${esc(user.units.join(', '))}` : '';
    area.innerHTML = `<span>Angemeldet: <strong>${esc(user.displayName || user.username)}</strong> (${esc(roles)}${units})</span>
      <button type="button" id="abmelden">Abmelden</button>`;
    document.getElementById('abmelden').addEventListener('click', async () => {
      // local accounts: back to the sign-in page; the city's provider: its end of session (JSON)
      const answer = await request('/logout', { method: 'POST' });
      location.href = answer.data?.weiter || '/anmelden?abgemeldet';
    });
  }
  document.querySelectorAll('[data-role]').forEach((element) => {
    element.hidden = !has(user, element.dataset.role);
  });
  return user;
}

/** Says something to screen-reader users and shows it in the page's status line. */
export function announce(message, kind = 'info') {
  const region = document.getElementById('meldungen');
  if (!region) return;
  region.className = `meldung ${kind}`;
  region.textContent = message;
}
