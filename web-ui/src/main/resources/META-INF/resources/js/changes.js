// Übersicht, "Änderungen im Zeitraum": what changed in a period, for the council. The period lives in
// the URL (von, bis), so the view can be shared; without it, the current quarter up to today.
import { read, query } from './api.js';
import { STATUS, esc, date, dateTime, number } from './text.js';
import { moment } from './timetravel.js';

const form = document.getElementById('zeitraum');
const target = document.getElementById('aenderungen');

/** Today in Aachen as an ISO date. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The chosen period: von/bis from the URL, else the current quarter so far. */
export function period() {
  const params = new URLSearchParams(location.search);
  const to = params.get('bis') || today();
  const [year, month] = today().split('-').map(Number);
  const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return { from: params.get('von') || quarterStart, to };
}

function fillForm() {
  const chosen = period();
  form.elements.von.value = chosen.from;
  form.elements.bis.value = chosen.to;
}

const quoted = (text) => `„${text}“`;

/** Short German sentences for one measure's changes in the period. */
function describe(m) {
  const lines = [];
  for (const c of m.statusChanges) lines.push(`Status ${quoted(STATUS[c.from] || c.from || '–')} → ${quoted(STATUS[c.to] || c.to)}`);
  for (const c of m.priorityChanges) lines.push(`Priorität ${c.from || '–'} → ${c.to}`);
  for (const ms of m.milestonesReached) lines.push(`Meilenstein ${quoted(ms.title)} erreicht am ${date(ms.date)}`);
  for (const ms of m.milestonesSlipped) lines.push(`Meilenstein ${quoted(ms.title)} verschoben ${date(ms.previousDueDate)} → ${date(ms.dueDate)}`);
  for (const ms of m.milestonesDropped) lines.push(`Meilenstein ${quoted(ms.title)} aufgegeben`);
  for (const k of m.kpis) {
    const track = k.onTrack === null || k.onTrack === undefined ? '' : k.onTrack ? ' (im Plan)' : ' (nicht im Plan)';
    const absent = (v) => v === null || v === undefined;
    if (absent(k.startValue) && !absent(k.endValue)) lines.push(`Kennzahl ${quoted(k.name)} erstmals gemessen: ${number(k.endValue)}${track}`);
    else if (!absent(k.change) && Number(k.change) !== 0) lines.push(`Kennzahl ${quoted(k.name)} ${number(k.startValue)} → ${number(k.endValue)}${track}`);
  }
  return lines;
}

/** Loads and shows the change report for the period in the URL (the form fields are left alone). */
export async function showChanges() {
  const chosen = period();
  const { knownAt } = moment();
  target.setAttribute('aria-busy', 'true');
  try {
    const r = await read('/api/v1/reports/changes' + query({ from: chosen.from, to: chosen.to, knownAt }));
    const s = r.summary;
    const changed = r.measures.map((m) => ({ m, lines: describe(m) })).filter((x) => x.lines.length);
    target.innerHTML = `
      <p>Vom ${date(r.from)} bis ${date(r.to)}${r.basis ? `, Wissensstand vom ${esc(dateTime(r.basis.knownAt))}` : ''}:</p>
      <div class="kacheln" id="aenderungen-zahlen">
        <div class="kachel"><span class="wert">${s.withStatusChange}</span> Maßnahmen mit Statusänderung</div>
        <div class="kachel"><span class="wert">${s.withPriorityChange}</span> Maßnahmen mit geänderter Priorität</div>
        <div class="kachel"><span class="wert">${s.milestonesReached}</span> Meilensteine erreicht</div>
        <div class="kachel"><span class="wert">${s.milestonesSlipped}</span> Meilensteine verschoben</div>
        <div class="kachel"><span class="wert">${s.milestonesDropped}</span> Meilensteine aufgegeben</div>
        <div class="kachel"><span class="wert">${s.kpisOffTrack}</span> Kennzahlen nicht im Plan <span class="hinweis">(${s.kpisOnTrack} im Plan, am Ende des Zeitraums)</span></div>
        <div class="kachel"><span class="wert">${s.withoutUpdate}</span> von ${s.measures} Maßnahmen ohne Aktualisierung</div>
      </div>
      ${changed.length ? `<div class="tabelle"><table class="karten" id="aenderungen-tabelle">
        <caption>Maßnahmen mit Änderungen vom ${date(r.from)} bis ${date(r.to)}</caption>
        <thead><tr><th scope="col">Maßnahme</th><th scope="col">Fachbereich</th><th scope="col">Änderungen</th></tr></thead>
        <tbody>${changed.map(({ m, lines }) => `<tr><th scope="row" class="umbrechen"><a href="/massnahme${query({ id: m.measureId, knownAt })}">${esc(m.title)}</a></th>
          <td data-label="Fachbereich">${esc(m.leadUnit)}</td>
          <td data-label="Änderungen"><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></td></tr>`).join('')}</tbody>
      </table></div>` : '<p>In diesem Zeitraum wurde bei keiner Maßnahme Status, Priorität, ein Meilenstein oder eine Kennzahl geändert.</p>'}`;
  } catch (e) {
    target.innerHTML = `<p>Die Änderungen konnten nicht geladen werden: ${esc(e.message)}</p>`;
  } finally {
    target.setAttribute('aria-busy', 'false');
  }
}

/** Wires the von/bis form to the URL. */
export function changesForm() {
  fillForm();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    params.set('von', form.elements.von.value);
    params.set('bis', form.elements.bis.value);
    history.pushState(null, '', location.pathname + '?' + params);
    showChanges();
  });
  window.addEventListener('popstate', () => {
    fillForm();
    showChanges();
  });
}
