// Maßnahme, the two time axes side by side: what was corrected or entered late since the chosen
// "Wissensstand vom", and the sequence of due dates of each milestone.
import { read, query } from './api.js';
import { STATUS, HEALTH, esc, date, dateTime, day, number, percent } from './text.js';

const FIELD = {
  registered: 'Maßnahme bekannt',
  title: 'Titel',
  fieldOfAction: 'Arbeitsfeld',
  leadUnit: 'Fachbereich (federführend)',
  priority: 'Priorität',
  status: 'Status',
  percentComplete: 'Fortschritt (%)',
  health: 'Ampel',
  'milestone.dueDate': 'Meilenstein: fällig am',
  'milestone.reachedOn': 'Meilenstein: erreicht am',
  'milestone.dropped': 'Meilenstein: aufgegeben',
  'kpi.latestValue': 'Kennzahl: letzter Wert',
  'kpi.latestObservedOn': 'Kennzahl: gemessen am',
  'kpi.target': 'Kennzahl: Ziel',
  'kpi.onTrack': 'Kennzahl: im Plan',
};

const KIND = {
  REGISTERED: 'Maßnahme angelegt',
  DETAILS: 'Angaben geändert',
  DESCRIPTION: 'Beschreibung geändert',
  LEAD_UNIT: 'Federführung geändert',
  PRIORITY: 'Priorität geändert',
  STATUS: 'Status geändert',
  PERIOD: 'Zeitraum geändert',
  PROGRESS: 'Fortschritt gemeldet',
  MILESTONE: 'Meilenstein geplant',
  MILESTONE_DUE: 'Fälligkeit eines Meilensteins gesetzt',
  MILESTONE_REACHED: 'Meilenstein als erreicht gemeldet',
  MILESTONE_DROPPED: 'Meilenstein aufgegeben',
  KPI: 'Kennzahl definiert',
  KPI_TARGET: 'Ziel einer Kennzahl geändert',
  KPI_VALUE: 'Messwert nachgetragen',
  KPI_CORRECTION: 'Messwert korrigiert',
  COLLABORATORS: 'Mitwirkende',
  COLLABORATOR_ADDED: 'Mitwirkende hinzugefügt',
  COLLABORATOR_REMOVED: 'Mitwirkende entfernt',
  OTHER: 'Sonstige Änderung',
};

/** A difference's value in German: dates, yes/no, status and traffic light in words. */
function shown(field, value) {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'status') return STATUS[value] || value;
  if (field === 'health') return HEALTH[value] || value;
  if (value === 'true') return 'ja';
  if (value === 'false') return 'nein';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
  if (/^-?\d+(\.\d+)?$/.test(value)) return number(value);
  return value;
}

function itemName(measure, id) {
  if (!id) return '';
  const found = [...(measure.milestones || []), ...(measure.kpis || [])].find((i) => i.id === id);
  return found ? found.title || found.name : id;
}

function lateValue(e) {
  const values = (before, after) => (before === '–' ? after : `${before} → ${after}`);
  if (e.kind === 'KPI_VALUE') return number(e.number);
  if (e.kind === 'KPI_CORRECTION') return values(number(e.previousNumber), number(e.number));
  if (e.kind === 'STATUS') return values(shown('status', e.previousValue), shown('status', e.value));
  if (e.kind === 'PROGRESS') return `${percent(e.number)} ${shown('health', e.value)}`.trim();
  if (e.number !== null && e.number !== undefined) return values(number(e.previousNumber), number(e.number));
  return values(shown('', e.previousValue), shown('', e.value));
}

/** Fills #korrekturen with what changed about the shown day since the chosen knownAt. */
export async function showCorrections(id, chosen, measure) {
  const section = document.getElementById('korrekturen-bereich');
  const target = document.getElementById('korrekturen');
  if (!chosen.knownAt) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  let c;
  try {
    c = await read(`/api/v1/measures/${encodeURIComponent(id)}/corrections` + query(chosen));
  } catch (e) {
    target.innerHTML = `<p>Die Korrekturen konnten nicht geladen werden: ${esc(e.message)}</p>`;
    return;
  }
  const since = `seit dem Wissensstand vom ${dateTime(chosen.knownAt)}`;
  if (!c.differences.length && !c.lateEntries.length) {
    target.innerHTML = `<p id="keine-korrekturen">Keine Korrekturen und keine Nachträge ${esc(since)}: die Angaben für diesen Tag gelten unverändert.</p>`;
    return;
  }
  const withActor = c.lateEntries.some((e) => e.actorId);
  target.innerHTML = `
    ${c.differences.length ? `<div class="tabelle"><table class="karten" id="unterschiede">
      <caption>Angaben, die ${esc(since)} anders lauten (damals → heute)</caption>
      <thead><tr><th scope="col">Angabe</th><th scope="col">Betrifft</th><th scope="col">Damals</th><th scope="col">Heute</th></tr></thead>
      <tbody>${c.differences.map((d) => `<tr><th scope="row">${esc(FIELD[d.field] || d.field)}</th>
        <td data-label="Betrifft">${esc(itemName(measure, d.item)) || '–'}</td>
        <td data-label="Damals">${esc(shown(d.field, d.then))}</td><td data-label="Heute">${esc(shown(d.field, d.now))}</td></tr>`).join('')}</tbody>
    </table></div>` : `<p>Keine Angabe lautet ${esc(since)} anders.</p>`}
    ${c.lateEntries.length ? `<div class="tabelle"><table class="karten" id="nachtraege">
      <caption>Nachträge und Korrekturen, ${esc(since)} erfasst</caption>
      <thead><tr><th scope="col">Was</th><th scope="col">Betrifft</th><th scope="col">Wert</th><th scope="col">Gilt für</th><th scope="col">Erfasst am</th><th scope="col">Fachbereich</th>${withActor ? '<th scope="col">Kennung</th>' : ''}<th scope="col">Begründung</th></tr></thead>
      <tbody>${c.lateEntries.map((e) => `<tr><th scope="row">${esc(KIND[e.kind] || e.kind)}</th>
        <td data-label="Betrifft">${esc(itemName(measure, e.item)) || '–'}</td>
        <td data-label="Wert">${esc(lateValue(e))}</td>
        <td data-label="Gilt für">${esc(day(e.validAt))}</td>
        <td data-label="Erfasst am">${esc(dateTime(e.recordedAt))}</td>
        <td data-label="Fachbereich">${esc(e.actorUnit || '–')}</td>
        ${withActor ? `<td data-label="Kennung">${esc(e.actorId || '–')}</td>` : ''}
        <td data-label="Begründung">${e.reason ? `„${esc(e.reason)}“` : '–'}</td></tr>`).join('')}</tbody>
    </table></div>` : '<p>Nichts wurde nachgetragen.</p>'}`;
}

/** The "Verlauf der Fälligkeit" of one milestone, as a list of its due dates in order. */
export async function slipHistory(id, milestone, chosen) {
  const slips = await read(`/api/v1/measures/${encodeURIComponent(id)}/milestones/${encodeURIComponent(milestone.id)}/slips` + query(chosen));
  return `<ol class="faelligkeiten">${slips.dueDates.map((d, i) => `<li>
      <strong>${date(d.dueDate)}</strong>${i === 0 ? ' (ursprünglich geplant)' : ` – verschoben um ${d.slipDays} Tag${Math.abs(d.slipDays) === 1 ? '' : 'e'} (vorher ${date(d.previousDueDate)})`}
      <span class="hinweis">am ${dateTime(d.recordedAt)}${d.actorUnit ? ` · ${esc(d.actorUnit)}` : ''}${d.actorId ? ` · Kennung ${esc(d.actorId)}` : ''}</span>${d.reason ? `<br>Begründung: „${esc(d.reason)}“` : ''}</li>`).join('')}</ol>`;
}
