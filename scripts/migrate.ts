/** `npm run migrate`: creates the database named by DATABASE_URL if missing and migrates it. */
import { validateEnvironment } from '@caseatlas/config';
import { migrate } from '@caseatlas/database';

migrate(validateEnvironment(process.env).DATABASE_URL)
  .then((applied) => console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
