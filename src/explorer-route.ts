import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from './paths';

/** Where `npm run build:explorer` (run by `npm install` and `npm start`) puts the page. */
export const explorerDir = path.join(projectRoot, 'dist', 'explorer');

/**
 * The relationship explorer's static files at /explorer. The page itself
 * needs no token; its GraphQL calls carry one. Hashed assets are cached
 * for good, index.html never (so a rebuild shows at once).
 */
export function explorerRoute(dir = explorerDir): express.RequestHandler {
  const serve = express.static(dir, {
    index: 'index.html',
    setHeaders: (res, file) => {
      res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req, res, next) => {
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      res.status(503).type('text/plain').send('The explorer page is not built: run `npm run build:explorer`.\n');
      return;
    }
    serve(req, res, next);
  };
}
