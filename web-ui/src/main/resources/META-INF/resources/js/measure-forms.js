// The change forms of a measure page, offered by what the signed-in person may do. Field names are
// the API's, so the server's error messages land next to the right field.
import { STATUS, HEALTH, HEALTH_ORDER, DIRECTION, esc, date, number } from './text.js';
import { field, input, textarea, select, form, today, REASON } from './form-parts.js';
import { detailForms } from './measure-details-forms.js';

const NEXT = {
  PLANNED: ['IN_PROGRESS', 'ON_HOLD', 'CANCELLED'],
  IN_PROGRESS: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['IN_PROGRESS', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** All forms this person may use on this measure, as HTML. */
export function actionForms(measure, allowed, series) {
  const parts = [];
  const open = measure.milestones.filter((m) => !m.reachedOn && !m.dropped);
  const milestoneOptions = open.map((m) => [m.id, `${m.title} (fällig ${date(m.dueDate)})`]);
  const kpiOptions = measure.kpis.map((k) => [k.id, `${k.name}${k.unit ? ' (' + k.unit + ')' : ''}`]);
  if (allowed.collaborate) {
    parts.push(form('fortschritt', 'Fortschritt melden', '/progress',
      field('Fortschritt in Prozent', input('percentComplete', `type="number" min="0" max="100" step="1" required value="${measure.progress?.percentComplete ?? ''}"`))
      + field('Ampel', select('health', HEALTH_ORDER.map((h) => [h, HEALTH[h]]), '', measure.progress?.health || 'GREEN'), 'Grün: läuft wie geplant · Gelb: Verzug droht · Rot: Ziel ohne Hilfe nicht erreichbar')
      + field('Kommentar / Begründung', textarea('comment', 'required'), 'Was ist seit der letzten Meldung geschehen?')));
  }
  if (allowed.lead) {
    const statuses = NEXT[measure.status].filter((s) => s !== 'CANCELLED' || allowed.office);
    if (statuses.length) {
      parts.push(form('status', 'Status ändern', '/status',
        field('Neuer Status', select('status', statuses.map((s) => [s, STATUS[s]])), `Derzeit: ${STATUS[measure.status]}`)
        + field(REASON, textarea('reason', 'required'))));
    }
  }
  if (allowed.office && allowed.lead) {
    parts.push(form('prioritaet', 'Priorität festlegen (Strategiebüro)', '/priority',
      field('Priorität', select('priority', [['1', '1 (hoch)'], ['2', '2'], ['3', '3']]), `Derzeit: ${measure.priority}`)
      + field(REASON, textarea('reason', 'required'))));
  }
  if (allowed.reopen) {
    parts.push(form('wiedereroeffnen', 'Maßnahme wieder öffnen (Strategiebüro)', '/reopen',
      field('Status nach dem Öffnen', select('status', ['IN_PROGRESS', 'PLANNED', 'ON_HOLD'].map((s) => [s, STATUS[s]])))
      + field(REASON, textarea('reason', 'required'))));
  }
  if (allowed.lead) {
    parts.push(form('meilenstein-planen', 'Meilenstein planen', '/milestones',
      field('Bezeichnung', input('title', 'required size="40"')) + field('Fällig am', input('dueDate', 'type="date" required'))));
    if (milestoneOptions.length) {
      parts.push(form('meilenstein-verschieben', 'Meilenstein verschieben', '/milestones/{mid}/reschedule',
        field('Meilenstein', select('milestoneId', milestoneOptions)) + field('Neues Fälligkeitsdatum', input('dueDate', 'type="date" required'))
        + field(REASON, textarea('reason', 'required'))));
      parts.push(form('meilenstein-erreicht', 'Meilenstein als erreicht melden', '/milestones/{mid}/reached',
        field('Meilenstein', select('milestoneId', milestoneOptions)) + field('Erreicht am', input('reachedOn', `type="date" required value="${today()}" max="${today()}"`))
        + field('Kommentar', textarea('comment'))));
      parts.push(form('meilenstein-aufgeben', 'Meilenstein aufgeben', '/milestones/{mid}/drop',
        field('Meilenstein', select('milestoneId', milestoneOptions)) + field(REASON, textarea('reason', 'required'))));
    }
    parts.push(form('kennzahl-definieren', 'Kennzahl definieren', '/kpis',
      field('Name', input('name', 'required size="40"')) + field('Einheit', input('unit', 'size="10" placeholder="z. B. Anträge"'))
      + field('Richtung', select('direction', Object.entries(DIRECTION)))
      + `<div class="zeile">${field('Ausgangswert', input('baseline', 'type="number" step="any"'))}${field('Zielwert', input('target', 'type="number" step="any"'))}${field('Zieldatum', input('targetDate', 'type="date"'))}</div>`));
    if (kpiOptions.length) {
      parts.push(form('kennzahl-ziel', 'Zielwert einer Kennzahl ändern', '/kpis/{kid}/target',
        field('Kennzahl', select('kpiId', kpiOptions)) + `<div class="zeile">${field('Neuer Zielwert', input('target', 'type="number" step="any"'))}${field('Zieldatum', input('targetDate', 'type="date"'))}</div>`
        + field(REASON, textarea('reason', 'required'))));
    }
  }
  if (allowed.collaborate && kpiOptions.length) {
    parts.push(form('messwert', 'Messwert erfassen', '/kpis/{kid}/values',
      field('Kennzahl', select('kpiId', kpiOptions)) + `<div class="zeile">${field('Wert', input('value', 'type="number" step="any" required'))}${field('Gemessen am', input('observedOn', `type="date" required value="${today()}" max="${today()}"`))}</div>`
      + field('Kommentar', textarea('comment'))));
    const recorded = measure.kpis.flatMap((k) => (series[k.id]?.corrected || []).map((p) => [p.valueId, `${k.name}: ${number(p.value)} vom ${date(p.observedOn)}`, k.id]));
    if (recorded.length) {
      parts.push(form('messwert-korrigieren', 'Messwert korrigieren', '/kpis/{kid}/values/{vid}/correction',
        field('Messwert', `<select id="$ID" name="valueId"$DESC>${recorded.map(([value, label, kpi]) => `<option value="${esc(value)}" data-kpi="${esc(kpi)}">${esc(label)}</option>`).join('')}</select>`, 'Der ursprüngliche Wert bleibt im Verlauf erhalten.')
        + `<input type="hidden" name="kpiId" value="${esc(recorded[0][2])}">`
        + `<div class="zeile">${field('Richtiger Wert', input('value', 'type="number" step="any" required'))}${field('Gemessen am', input('observedOn', `type="date" max="${today()}"`))}</div>`
        + field(REASON, textarea('reason', 'required'))));
    }
  }
  if (allowed.lead) {
    parts.push(detailForms(measure));
  }
  return parts.join('');
}
