// npm run build (its prebuild step): builds the pages once (./pages/page-builder.ts), before `next build`.
import { createPageBuilder, removeOldOutputs } from './pages/page-builder';

async function main(): Promise<void> {
  removeOldOutputs();
  const builder = await createPageBuilder({ development: process.env.PAGES_BUILD === 'development' });
  try {
    console.log(await builder.build());
  } finally {
    await builder.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
