// The counter-terrorist-financing section: what the app needs to route to it and link to it.
export { FinancePage } from './FinancePage';
export { FinanceNavItem } from './FinanceNav';
export { financeNav, type FinanceNavEntry } from './nav';
export { financePaths, matchFinanceRoute, type FinanceRoute } from './routes';
export { canScreen } from './access';
export { financeResources } from './i18n';
