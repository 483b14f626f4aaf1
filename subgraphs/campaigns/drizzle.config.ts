import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables/index.ts',
  out: './migrations',
  schemaFilter: ['campaigns'],
  casing: 'snake_case',
});
