// Every feature's messages, registered into the dictionaries when this module loads. The router loads it with
// the first page (a chunk of its own), so the login page does not carry them; tests load it in their setup.
import { registerMessages } from './locales';
import { complaintsMessagesEnUS, complaintsMessagesZhCN } from '../features/complaints/complaints-messages';
import { casesMessagesEnUS, casesMessagesZhCN } from '../features/cases/cases-messages';
import { reportsMessagesEnUS, reportsMessagesZhCN } from '../features/reports/reports-messages';
import { orgAdminMessagesEnUS, orgAdminMessagesZhCN } from '../features/org/org-admin-messages';
import { peopleMessagesEnUS, peopleMessagesZhCN } from '../features/people/people-messages';
import { categoriesMessagesEnUS, categoriesMessagesZhCN } from '../features/categories/categories-messages';
import { gradeschemesMessagesEnUS, gradeschemesMessagesZhCN } from '../features/grade-schemes/grade-schemes-messages';
import { timelimitsMessagesEnUS, timelimitsMessagesZhCN } from '../features/time-limits/time-limits-messages';
import { calendarMessagesEnUS, calendarMessagesZhCN } from '../features/calendar/calendar-messages';
import { partnersMessagesEnUS, partnersMessagesZhCN } from '../features/partners/partners-messages';

registerMessages(complaintsMessagesZhCN, complaintsMessagesEnUS);
registerMessages(casesMessagesZhCN, casesMessagesEnUS);
registerMessages(reportsMessagesZhCN, reportsMessagesEnUS);
registerMessages(orgAdminMessagesZhCN, orgAdminMessagesEnUS);
registerMessages(peopleMessagesZhCN, peopleMessagesEnUS);
registerMessages(categoriesMessagesZhCN, categoriesMessagesEnUS);
registerMessages(gradeschemesMessagesZhCN, gradeschemesMessagesEnUS);
registerMessages(timelimitsMessagesZhCN, timelimitsMessagesEnUS);
registerMessages(calendarMessagesZhCN, calendarMessagesEnUS);
registerMessages(partnersMessagesZhCN, partnersMessagesEnUS);
