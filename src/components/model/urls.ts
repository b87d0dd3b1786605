// Builds the URLs of the model's overview pages: all tasks, the waves and each wave with its exports.
import { handbookUrl } from '../../site/urls.ts';

/** Returns the URL of the page with every task of a handbook. */
export function tasksUrl(handbookId: string): string {
  return `${handbookUrl(handbookId)}opgaver/`;
}

/** Returns the URL of the wave plan with the A–Å list of municipalities. */
export function wavesUrl(handbookId: string, hash?: string): string {
  return `${handbookUrl(handbookId)}boelger/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of one wave's page, optionally with a fragment such as `kommune-751`. */
export function waveUrl(handbookId: string, waveId: string, hash?: string): string {
  return `${handbookUrl(handbookId)}boelger/${waveId}/${hash ? `#${hash}` : ''}`;
}

/** Returns the URL of a wave's calendar file (`ics`) or spreadsheet (`csv`). */
export function waveExportUrl(handbookId: string, waveId: string, format: 'ics' | 'csv'): string {
  return `${handbookUrl(handbookId)}boelger/${waveId}/opgaver.${format}`;
}
