// TEMPORARY (branch 'today'): the manual's flow until today's screens land.
export { flow } from '../sms';
