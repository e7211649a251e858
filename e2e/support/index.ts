export { type A11yViolation, type CheckA11yOptions, checkA11y, formatViolations } from './a11y';
export { chromiumPath, launchBrowser } from './browser';
export { type CountedInteractions, countInteractions } from './interactions';
export { login, loginSelectors } from './login';
export { type RunningServer, type StartServerOptions, startServer } from './server';
