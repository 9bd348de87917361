/**
 * `npm run migrate` (and the Docker image before it starts the API): creates the database
 * named by DATABASE_URL if it is missing and applies every pending migration.
 */
import { validateEnvironment } from '@caseatlas/config';
import { migrate } from '@caseatlas/database';

migrate(validateEnvironment(process.env).DATABASE_URL)
  .then((applied) => console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
