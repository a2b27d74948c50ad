// German words for the API's codes, and small helpers to write safe HTML. The words are the server's
// (platform.german.German, used by the history's sentences and the reports); UiVocabularyTest compares them.

export const STATUS = {
  PLANNED: 'Geplant',
  IN_PROGRESS: 'In Umsetzung',
  ON_HOLD: 'Pausiert',
  COMPLETED: 'Abgeschlossen',
  CANCELLED: 'Abgebrochen',
};
export const STATUS_ORDER = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const STATUS_ICON = { PLANNED: '○', IN_PROGRESS: '◐', ON_HOLD: '‖', COMPLETED: '●', CANCELLED: '×' };

/** The department's traffic light (Ampel): colour and meaning, as in the history and the reports. */
export const HEALTH = { GREEN: 'Grün (im Plan)', AMBER: 'Gelb (gefährdet)', RED: 'Rot (kritisch)' };
export const HEALTH_ORDER = ['GREEN', 'AMBER', 'RED'];
const HEALTH_ICON = { GREEN: '●', AMBER: '▲', RED: '■' };

export const PERIOD_KIND = {
  RANGE: 'Zeitraum mit Beginn und Ende',
  OPEN_END: 'Beginn ohne Ende',
  DEADLINE: 'Frist',
  ONGOING: 'fortlaufend',
  DURATION: 'Dauer',
  AS_SOON_AS_POSSIBLE: 'schnellstmöglich',
  UNSPECIFIED: 'nicht angegeben',
  UNPARSED: 'nicht maschinell lesbar (wie geschrieben)',
};

export const DIRECTION = { INCREASE: 'höher ist besser', DECREASE: 'niedriger ist besser', MAINTAIN: 'Wert halten' };

/** Where a change came from. */
export const SOURCE = { import: 'Katalogimport', ui: 'Oberfläche', api: 'Schnittstelle' };

/** Escapes text for HTML; every value from the API goes through this. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Status as text with a shape, never colour alone. */
export function statusBadge(status) {
  if (!status) return '–';
  return `<span class="badge status-${esc(status)}"><span aria-hidden="true">${STATUS_ICON[status] || ''}</span> ${esc(STATUS[status] || status)}</span>`;
}

/** Health as text with a shape, never colour alone. */
export function healthBadge(health) {
  if (!health) return '<span class="badge health-none"><span aria-hidden="true">–</span> keine Meldung</span>';
  return `<span class="badge health-${esc(health)}"><span aria-hidden="true">${HEALTH_ICON[health] || ''}</span> ${esc(HEALTH[health] || health)}</span>`;
}

const DATE = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin',
});
const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

/** A LocalDate ("2024-03-01") as "01.03.2024". */
export function date(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** An Instant as German date and time in Aachen. */
export function dateTime(iso) {
  return iso ? DATE_TIME.format(new Date(iso)) : '–';
}

export function day(iso) {
  return iso ? DATE.format(new Date(iso)) : '–';
}

export function number(value) {
  return value === null || value === undefined ? '–' : NUMBER.format(Number(value));
}

export function percent(value) {
  return value === null || value === undefined ? '–' : `${value} %`;
}

/**
 * Progress bands of the distribution: the URL's key (fortschritt) and the API's code (progress);
 * the server counts and filters them.
 */
export const BANDS = [
  { key: 'ohne', api: 'none', label: 'ohne Meldung' },
  { key: '0-24', api: '0-24', label: '0–24 %' },
  { key: '25-49', api: '25-49', label: '25–49 %' },
  { key: '50-74', api: '50-74', label: '50–74 %' },
  { key: '75-99', api: '75-99', label: '75–99 %' },
  { key: '100', api: '100', label: '100 %' },
];

/** The API's progress code for the URL's fortschritt key (unknown keys go to the server as they are). */
export function progressCode(key) {
  if (!key) return undefined;
  return BANDS.find((b) => b.key === key)?.api || key;
}
