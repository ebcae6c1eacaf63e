/** A proof file the person adds: its real kind by its first bytes, a safe name, and its record. */
import { describe, expect, it } from 'vitest';
import { addedFileKind, fileRecord, safeFileName } from '@shared/guide/added-file';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('addedFileKind', () => {
  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['WebP', new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]), 'webp'],
    ['PDF', new TextEncoder().encode('%PDF-1.7\n'), 'pdf'],
    ['text named .png', new TextEncoder().encode('not a picture'), null],
    ['an empty file', bytes(), null],
    [
      'RIFF without WEBP (a WAV sound)',
      new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode('WAVE')]),
      null,
    ],
  ])('%s → %s', (_name, data, kind) => {
    expect(addedFileKind(data)).toBe(kind);
  });
});

describe('safeFileName', () => {
  it.each([
    ['linkedin setting.png', 'png', 'linkedin-setting.png'],
    ['Capture d’écran 2026-12-01 à 10.05.jpeg', 'jpeg', 'Capture-d-ecran-2026-12-01-a-10.05.jpg'],
    ['../../etc/passwd', 'pdf', 'etc-passwd.pdf'],
    ['.png', 'png', 'proof.png'],
    ['résumé.PDF', 'pdf', 'resume.pdf'],
  ] as const)('%s → %s', (original, kind, expected) => {
    expect(safeFileName(original, kind)).toBe(expected);
    expect(safeFileName(original, kind)).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('fileRecord', () => {
  it('records the file as the person’s own proof, with the local time and zone', () => {
    const file = { kind: 'png' as const, name: 'proof.png', sha256: 'b'.repeat(64), bytes: 42 };
    const record = fileRecord({
      id: '11111111-0000-4000-8000-000000000001',
      accountId: '22222222-0000-4000-8000-000000000002',
      campaignId: 'linkedin-genai-2025',
      now: new Date('2026-12-01T09:00:00Z'),
      offsetMinutes: 60,
      zone: 'Europe/Paris',
      file,
    });
    expect(record).toEqual({
      id: '11111111-0000-4000-8000-000000000001',
      accountId: '22222222-0000-4000-8000-000000000002',
      campaignId: 'linkedin-genai-2025',
      origin: 'file',
      url: '',
      savedAt: '2026-12-01T10:00:00+01:00',
      zone: 'Europe/Paris',
      files: [file],
    });
  });
});
