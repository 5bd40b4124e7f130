import { defineConfig } from '@playwright/test';
import { baseURL, signedInState } from './paths';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results/e2e',
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-results.json' }]],
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Global setup builds the web app, prepares a fresh database and starts the server itself,
  // because the admin account must exist before the server starts (see global-setup.ts).
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL,
    locale: 'ar-SA',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright must never download a browser here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The first sign-in changes the one-time password, so it runs once, before the rest.
    { name: 'sign-in', testMatch: /sign-in\.spec\.ts$/ },
    {
      name: 'app',
      testIgnore: /sign-in\.spec\.ts$/,
      dependencies: ['sign-in'],
      use: { storageState: signedInState },
    },
  ],
});
