// The dependency rules of the code base (decision 0018), checked by `npm run lint:deps`
// (scripts/check-dependencies.mjs), which also checks the one rule dependency-cruiser cannot
// state: no cycle between modules (folders src/server/modules/<name>/).
// Type-only imports count like any other: a type from another layer ties the two together just
// the same (it moves when that layer is refactored).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-not-to-modules',
      comment: 'platform/ is what modules build on; it never imports a module.',
      severity: 'error',
      from: { path: '^src/server/platform/' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'server-not-to-web',
      comment: 'The server never imports the web app.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-not-to-server',
      comment: 'The web app reaches the server only through src/shared and its API client (src/web/api).',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'routes-not-to-db',
      comment: 'A route parses, calls a use case and replies; data access lives in repositories.',
      severity: 'error',
      from: { path: ['^src/server/modules/.*/routes\\.ts$', '^src/server/modules/.*-routes\\.ts$'] },
      to: { path: '^src/server/db/' },
    },
    {
      name: 'routes-not-to-sql',
      comment: 'Routes write no SQL: drizzle-orm is for use cases and repositories.',
      severity: 'error',
      from: { path: ['^src/server/modules/.*/routes\\.ts$', '^src/server/modules/.*-routes\\.ts$'] },
      to: { path: 'node_modules/drizzle-orm/' },
    },
    // The layers of ARCHITECTURE.md, from the bottom: identity; organisations; accounts, two-factor,
    // operations, dev-outbox (siblings that do not import each other); tourist-tax; register.
    {
      name: 'identity-at-the-bottom',
      comment: 'identity is what every module builds on; it imports no other module.',
      severity: 'error',
      from: { path: '^src/server/modules/identity/' },
      to: { path: '^src/server/modules/', pathNot: '^src/server/modules/identity/' },
    },
    {
      name: 'organisations-on-identity-only',
      comment: 'organisations builds on identity alone.',
      severity: 'error',
      from: { path: '^src/server/modules/organisations/' },
      to: { path: '^src/server/modules/', pathNot: '^src/server/modules/(organisations|identity)/' },
    },
    {
      name: 'account-features-apart',
      comment: 'accounts, two-factor, operations and dev-outbox build on organisations and identity, not on each other or on the register.',
      severity: 'error',
      from: { path: '^src/server/modules/(accounts|two-factor|operations|dev-outbox)/' },
      to: { path: '^src/server/modules/', pathNot: ['^src/server/modules/$1/', '^src/server/modules/(organisations|identity)/'] },
    },
    {
      name: 'tax-below-register',
      comment: 'The register asks the tax rules; the tax reads the register only through the database.',
      severity: 'error',
      from: { path: '^src/server/modules/tourist-tax/' },
      to: { path: '^src/server/modules/(register|accounts|two-factor|operations|dev-outbox)/' },
    },
    {
      name: 'no-circular',
      comment: 'No cycle of imports between files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
