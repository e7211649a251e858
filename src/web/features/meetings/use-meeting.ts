import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { MeetingDetail } from './meeting-types';

function isDetail(value: unknown): value is MeetingDetail {
  return typeof value === 'object' && value !== null && 'meeting' in value && 'agenda' in value;
}

/**
 * The meeting and a way to change it: each change sends the version it is based on and
 * answers the new state; a 409 brings the current state and says so.
 */
export function useMeeting(meetingId: string) {
  const { t } = useTranslation('meetings');
  const state = useApi<MeetingDetail>(`/api/meetings/${encodeURIComponent(meetingId)}`);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const { setData } = state;
  // Changes made one after another (save, then publish) must each send the newest version.
  const version = useRef<number | undefined>(undefined);
  const seen = useRef<MeetingDetail | undefined>(undefined);
  if (state.data !== seen.current) {
    seen.current = state.data;
    version.current = state.data?.meeting.version;
  }

  const change = useCallback(
    async (send: (version: number) => Promise<MeetingDetail>, success: string): Promise<boolean> => {
      const base = version.current;
      if (base === undefined) return false;
      try {
        const next = await send(base);
        version.current = next.meeting.version;
        setData(next);
        setNotice({ kind: 'success', text: success });
        return true;
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 409 && isDetail(caught.details.current)) {
          version.current = caught.details.current.meeting.version;
          setData(caught.details.current);
          setNotice({ kind: 'error', text: t('conflict') });
          return false;
        }
        throw caught;
      }
    },
    [setData, t],
  );

  return { ...state, notice, setNotice, change };
}
