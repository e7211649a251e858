const EVENT = 'samla:alarms-changed';

/** Tells the alarm banner to look again (e.g. after acknowledging on the bulletin page). */
export function notifyAlarmsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onAlarmsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
