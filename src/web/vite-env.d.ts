// Types for Vite's client features used by the web app: `import.meta.env`, `?raw` and CSS imports.
/// <reference types="vite/client" />
