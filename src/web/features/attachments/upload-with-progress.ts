import { ApiError, api } from '../../api/client';
import type { SessionResponse } from '../../auth/auth-types';
import { i18n } from '../../i18n/i18n';

/**
 * A multipart upload that reports how much has been sent. `fetch` cannot report upload
 * progress, so this uses XMLHttpRequest; the CSRF token comes from the session (the API
 * client keeps its copy private). Errors are the API client's ApiError, server message included.
 */
export async function uploadWithProgress<T>(
  path: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (sentShare: number) => void,
): Promise<T> {
  const { csrfToken } = await api.get<SessionResponse>('/api/auth/me');
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language || 'sv');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('common:errors.network')));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // A proxy's HTML error page: fall through to the generic message.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const error =
        body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object'
          ? (body.error as { code?: unknown; message?: unknown; details?: unknown })
          : {};
      const code = typeof error.code === 'string' ? error.code : 'internal';
      const message =
        typeof error.message === 'string' && error.message
          ? error.message
          : i18n.t(`errors:${code}`, { defaultValue: i18n.t('errors:internal') });
      const details = error.details && typeof error.details === 'object' ? error.details : {};
      reject(new ApiError(xhr.status, code, message, details as Record<string, unknown>));
    };
    xhr.send(form);
  });
}
