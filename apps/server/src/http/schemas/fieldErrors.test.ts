import { describe, expect, it } from 'vitest';
import { parseFields, present } from './fieldErrors.js';
import { acceptCredentialsBody, personBody } from './publicSchemas.js';
import { eventBody, eventPatch, invitationBody } from './secretariatSchemas.js';

const EVENT = { title: 'Skills day', date: '2026-11-19' };
const fields = (schema: Parameters<typeof parseFields>[0], value: unknown) => {
  const parsed = parseFields(schema, value);
  return parsed.ok ? {} : parsed.fields;
};

describe('field codes, as the web maps them', () => {
  it.each([
    [{}, { name: 'required', organisation: 'required' }],
    [
      { name: '  ', organisation: 'x'.repeat(121) },
      { name: 'required', organisation: 'too_long:120' },
    ],
    [
      { name: 5, organisation: null },
      { name: 'must be text', organisation: 'must be text' },
    ],
    [{ name: 'a', organisation: 'b', consent: 'yes' }, { consent: 'must be true or false' }],
    [[1, 2], { _body: 'must be a JSON object', name: 'required', organisation: 'required' }],
    [null, { _body: 'must be a JSON object', name: 'required', organisation: 'required' }],
  ])('person %j -> %j', (body, expected) => {
    expect(fields(personBody(false), body)).toEqual(expected);
  });

  it.each([
    [{ ...EVENT, date: '2026-13-01' }, { date: 'format:YYYY-MM-DD' }],
    [{ ...EVENT, startTime: 930 }, { startTime: 'format:HH:MM' }],
    [{ ...EVENT, language: 'fr' }, { language: 'one_of:it|en' }],
    [{ ...EVENT, tables: {} }, { tables: 'list_of_at_most:40' }],
    [{ ...EVENT, tables: Array(41).fill({ title: 't' }) }, { tables: 'list_of_at_most:40' }],
    [{ ...EVENT, tables: ['t'] }, { 'tables[0]._body': 'must be a JSON object' }],
    [
      { ...EVENT, tables: [{ title: 't', moderators: [{ name: '' }, {}] }] },
      { 'tables[0].moderators[0].name': 'required', 'tables[0].moderators[1].name': 'required' },
    ],
  ])('event %j -> %j', (body, expected) => {
    expect(fields(eventBody, body)).toEqual(expected);
  });

  it.each([
    [{}, { role: 'one_of:participant|moderator|observer' }],
    [{ role: 'observer', expiresInHours: 0 }, { expiresInHours: 'range:1..2160' }],
    [{ role: 'observer', expiresInHours: 1.5 }, { expiresInHours: 'range:1..2160' }],
    [{ role: 'observer', expiresInHours: '3' }, { expiresInHours: 'range:1..2160' }],
  ])('invitation %j -> %j', (body, expected) => {
    expect(fields(invitationBody, body)).toEqual(expected);
  });

  it('needs a link or a code to accept, even beside a malformed one', () => {
    expect(fields(acceptCredentialsBody, {})).toEqual({ code: 'required' });
    expect(fields(acceptCredentialsBody, { invite: 7 })).toEqual({
      invite: 'must be text',
      code: 'required',
    });
    expect(fields(acceptCredentialsBody, { code: ' ab-cd ' })).toEqual({});
  });

  it('fills in defaults and trims text', () => {
    expect(parseFields(eventBody, { ...EVENT, title: '  Skills day ' })).toEqual({
      ok: true,
      data: {
        title: 'Skills day',
        date: '2026-11-19',
        startTime: '09:30',
        place: '',
        organiser: '',
        language: 'it',
        tables: [],
      },
    });
  });

  it('reads a PATCH as the fields it carries, checking only those', () => {
    const body = { place: ' Forlì ' };
    const parsed = parseFields(eventPatch, body);
    expect(parsed.ok && present(body, parsed.data)).toEqual({ place: 'Forlì' });
    expect(fields(eventPatch, { title: '' })).toEqual({ title: 'required' });
  });
});
