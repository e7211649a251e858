export type BulletinUrgency = 'info' | 'viktigt' | 'larm';

/** Viktigt and larm go out by e-mail at once; info only as an in-app notice. */
export function emailsOnSend(urgency: BulletinUrgency): boolean {
  return urgency !== 'info';
}

export interface ReceiptRow {
  readAt: Date | null;
  acknowledgedAt: Date | null;
}

/** How many were reached, have read, have acknowledged, and have not acknowledged yet. */
export function receiptCounts(rows: readonly ReceiptRow[]) {
  let read = 0;
  let acknowledged = 0;
  for (const r of rows) {
    // Acknowledging implies having read, even if the read receipt never came (e.g. from the banner).
    if (r.readAt || r.acknowledgedAt) read++;
    if (r.acknowledgedAt) acknowledged++;
  }
  return { total: rows.length, read, acknowledged, pending: rows.length - acknowledged };
}
