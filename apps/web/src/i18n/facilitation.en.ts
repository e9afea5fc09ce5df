import type { facilitationIt } from './facilitation.it.js';

/** English messages of the facilitation aids; every key Italian has. */
export const facilitationEn: Record<keyof typeof facilitationIt, string> = {
  'agenda.title': 'Session agenda',
  'agenda.hint':
    'Planned minutes for each phase (decimals allowed, e.g. 0.5). The timer starts from here when you move to the phase.',
  'agenda.minutes': 'min',
  'agenda.save': 'Save the agenda',
  'agenda.saved': 'Agenda saved.',
  'agenda.invalid': 'Write the minutes of “{phase}” as a number from 0 to 1440.',
  'agenda.total': 'Planned in total: {duration}',
  'agenda.empty': 'No time planned',
  'agenda.timebox': 'Planned time for the phase: {duration}',
  'agenda.error': 'Agenda not saved: {message}',
  'who.title': 'Who has written and voted',
  'who.hint': 'Only you see this: participants do not learn who has voted.',
  'who.person': 'Participant',
  'who.cards': 'Contributions',
  'who.votes': 'Dots used',
  'who.left': 'Dots left',
  'who.none': 'No participant has joined the table yet.',
  'who.summary': '{wrote} of {total} have written · {voted} of {total} have voted',
  'presence.participants': '{count} participants connected',
  'presence.participants.one': '1 participant connected',
  'presence.alone': 'Only you at the table: no participant connected yet',
  'presence.noParticipants': 'No participant connected',
  'controlRoom.agenda.edit': 'Edit the agenda',
};
