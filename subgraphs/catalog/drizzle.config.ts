import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables/index.ts',
  out: './migrations',
  schemaFilter: ['catalog'],
  casing: 'snake_case',
});
