import type { AppRoute } from './app-route';

/**
 * The route registry: every page of the app, in one place.
 *
 * To add a page, append an entry (keep the page in your feature folder, loaded lazily):
 *
 *   {
 *     path: '/moten/:meetingId',
 *     load: () => import('./features/meetings/MeetingPage').then((m) => m.MeetingPage),
 *     titleKey: 'meetings:page.title',
 *     roles: ['coordinator', 'reporter'],            // optional; omitted = any signed-in user
 *     nav: { labelKey: 'meetings:nav', order: 40 },  // optional; only for top-level pages
 *   },
 *
 * The page renders its own <h1> at once (focus moves there after navigation) and may call
 * usePageTitle() for a dynamic title. Nav order: 10 start, 20 lägesbild, 30 rapporter,
 * 40–80 feature modules, 90 admin; leave gaps.
 */
export const appRoutes: AppRoute[] = [
  {
    path: '/sok',
    load: () => import('./features/search/SearchPage').then((m) => m.SearchPage),
    titleKey: 'search:title',
    nav: { labelKey: 'search:nav', order: 85 },
  },
  {
    path: '/moten',
    load: () => import('./features/meetings/MeetingsPage').then((m) => m.MeetingsPage),
    titleKey: 'meetings:list.title',
    nav: { labelKey: 'meetings:nav', order: 40 },
  },
  {
    path: '/moten/ny',
    load: () => import('./features/meetings/NewMeetingPage').then((m) => m.NewMeetingPage),
    titleKey: 'meetings:form.createTitle',
    roles: ['coordinator', 'system_admin'],
  },
  {
    path: '/moten/:meetingId',
    load: () => import('./features/meetings/MeetingPage').then((m) => m.MeetingPage),
    titleKey: 'meetings:page.title',
  },
  {
    path: '/mina-atgarder',
    load: () => import('./features/meetings/MyActionsPage').then((m) => m.MyActionsPage),
    titleKey: 'meetings:myActions.title',
  },
  {
    path: '/',
    load: () => import('./features/reports/TodoPage').then((m) => m.TodoPage),
    titleKey: 'reports:todo.title',
    nav: { labelKey: 'common:nav.start', order: 10 },
  },
  {
    path: '/lagesbild',
    load: () => import('./features/picture/PictureIndexPage').then((m) => m.PictureIndexPage),
    titleKey: 'picture:index.title',
    nav: { labelKey: 'common:nav.situation', order: 20 },
  },
  {
    path: '/natverk/:networkId/lagesbild',
    load: () => import('./features/picture/PicturePage').then((m) => m.PicturePage),
    titleKey: 'picture:page.title',
  },
  {
    path: '/natverk/:networkId/organisationer/:orgId',
    load: () => import('./features/picture/OrgHistoryPage').then((m) => m.OrgHistoryPage),
    titleKey: 'picture:history.title',
  },
  {
    // "Att göra" lists what to report; /rapporter is its other address.
    path: '/rapporter',
    load: () => import('./features/reports/TodoPage').then((m) => m.TodoPage),
    titleKey: 'reports:todo.title',
  },
  {
    path: '/rapporter/:roundId',
    load: () => import('./features/reports/ReportFormPage').then((m) => m.ReportFormPage),
    titleKey: 'reports:form.title',
  },
  {
    path: '/rapporter/historik/:reportId',
    load: () => import('./features/reports/ReportHistoryPage').then((m) => m.ReportHistoryPage),
    titleKey: 'reports:history.title',
  },
  {
    path: '/admin',
    load: () => import('./features/admin/AdminHomePage').then((m) => m.AdminHomePage),
    titleKey: 'admin:home.title',
    roles: ['org_admin', 'system_admin'],
    nav: { labelKey: 'common:nav.admin', order: 90 },
  },
  {
    path: '/admin/anvandare',
    load: () => import('./features/admin/UsersPage').then((m) => m.UsersPage),
    titleKey: 'admin:users.title',
    roles: ['org_admin', 'system_admin'],
  },
  {
    path: '/admin/granskningslogg',
    load: () => import('./features/admin/AuditPage').then((m) => m.AuditPage),
    titleKey: 'admin:audit.title',
    roles: ['org_admin', 'system_admin'],
  },
  {
    path: '/kalender',
    load: () => import('./features/calendar/CalendarPage').then((m) => m.CalendarPage),
    titleKey: 'calendar:title',
    nav: { labelKey: 'calendar:nav', order: 45 },
  },
  {
    path: '/natverk',
    load: () => import('./features/directory/NetworksPage').then((m) => m.NetworksPage),
    titleKey: 'directory:networks.title',
    nav: { labelKey: 'directory:nav', order: 70 },
  },
  {
    path: '/natverk/:networkId/kontakter',
    load: () => import('./features/directory/DirectoryPage').then((m) => m.DirectoryPage),
    titleKey: 'directory:directory.title',
  },
  {
    path: '/natverk/:networkId/mallar',
    load: () => import('./features/templates/TemplatesPage').then((m) => m.TemplatesPage),
    titleKey: 'templates:list.title',
  },
  {
    path: '/mallar/:templateId',
    load: () => import('./features/templates/TemplateEditorPage').then((m) => m.TemplateEditorPage),
    titleKey: 'templates:editor.title',
  },
  {
    path: '/natverk/:networkId/omgangar',
    load: () => import('./features/rounds/RoundsPage').then((m) => m.RoundsPage),
    titleKey: 'rounds:title',
  },
  {
    path: '/fragor',
    load: () => import('./features/questions/QuestionsPage').then((m) => m.QuestionsPage),
    titleKey: 'questions:page.title',
    nav: { labelKey: 'questions:nav', order: 50 },
  },
  {
    path: '/fragor/:id',
    load: () => import('./features/questions/QuestionPage').then((m) => m.QuestionPage),
    titleKey: 'questions:page.title',
  },
  {
    path: '/meddelanden',
    load: () => import('./features/bulletins/BulletinsPage').then((m) => m.BulletinsPage),
    titleKey: 'bulletins:page.title',
    nav: { labelKey: 'bulletins:nav', order: 55 },
  },
  {
    path: '/meddelanden/:id',
    load: () => import('./features/bulletins/BulletinPage').then((m) => m.BulletinPage),
    titleKey: 'bulletins:page.title',
  },
  {
    path: '/remisser',
    load: () => import('./features/consultations/ConsultationsPage').then((m) => m.ConsultationsPage),
    titleKey: 'consultations:list.title',
    nav: { labelKey: 'consultations:nav', order: 58 },
  },
  {
    path: '/remisser/ny',
    load: () => import('./features/consultations/NewConsultationPage').then((m) => m.NewConsultationPage),
    titleKey: 'consultations:new.title',
    roles: ['coordinator', 'system_admin'],
  },
  {
    path: '/remisser/:consultationId',
    load: () => import('./features/consultations/ConsultationPage').then((m) => m.ConsultationPage),
    titleKey: 'consultations:detail.title',
  },
  {
    path: '/losenord/glomt',
    load: () => import('./features/account/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
    titleKey: 'admin:account.forgot.title',
    public: true,
  },
  {
    path: '/losenord/nytt',
    load: () => import('./features/account/SetPasswordPage').then((m) => m.SetPasswordPage),
    titleKey: 'admin:account.setPassword.title',
    public: true,
  },
  {
    path: '/omgangar/:roundId/import',
    load: () => import('./features/imports/ImportPage').then((m) => m.ImportPage),
    titleKey: 'imports:page.title',
    roles: ['coordinator', 'reporter', 'org_admin', 'system_admin'],
  },
  {
    path: '/admin/api-nycklar',
    load: () => import('./features/api-tokens/ApiTokensPage').then((m) => m.ApiTokensPage),
    titleKey: 'apiTokens:title',
    roles: ['org_admin'],
  },
  {
    path: '/notiser',
    load: () => import('./features/notifications/NotificationsPage').then((m) => m.NotificationsPage),
    titleKey: 'notifications:title',
  },
  {
    // Development and test only; the API answers 404 in production and the page says so.
    path: '/dev/brevlada',
    load: () => import('./features/mailbox/MailboxPage').then((m) => m.MailboxPage),
    titleKey: 'mailbox:title',
  },
  {
    path: '/mottagande/anvisningar',
    load: () => import('./features/ledger/LedgerPage').then((m) => m.LedgerPage),
    titleKey: 'ledger:page.title',
  },
  {
    path: '/mottagande/boende',
    load: () => import('./features/housing/HousingPage').then((m) => m.HousingPage),
    titleKey: 'housing:page.title',
  },
  {
    path: '/login',
    load: () => import('./auth/LoginPage').then((m) => m.LoginPage),
    titleKey: 'common:login.title',
    public: true,
  },
  {
    path: '/tillganglighet',
    load: () => import('./pages/AccessibilityPage').then((m) => m.AccessibilityPage),
    titleKey: 'common:accessibility.title',
    public: true,
  },
  {
    // Preview of the design system, maps and charts (no nav entry, no data); its sample
    // texts are Swedish only, so it exists in development builds only.
    path: '/designsystem',
    load: () => import('./pages/design-system/DesignSystemPage').then((m) => m.DesignSystemPage),
    titleKey: 'common:designSystem.title',
    public: true,
    devOnly: true,
  },
  {
    path: '/mottagande',
    load: () => import('./features/reception/ReceptionHubPage').then((m) => m.ReceptionHubPage),
    titleKey: 'reception:title',
    nav: { labelKey: 'reception:nav', order: 60 },
  },
  {
    path: '/mottagande/kommuntal',
    load: () => import('./features/quotas/KommuntalPage').then((m) => m.KommuntalPage),
    titleKey: 'quotas:title',
  },
  {
    path: '/mottagande/planerare',
    load: () => import('./features/planner/PlannerPage').then((m) => m.PlannerPage),
    titleKey: 'planner:title',
    roles: ['coordinator', 'agency_liaison', 'system_admin'],
  },
];
