// Runs before anything else (root `preinstall` and `start`), so it must stay plain CommonJS that any Node
// can execute: its whole job is to turn "Astro/Strapi crashed in a strange way" into one clear sentence.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Glasnik needs Node.js 22.12 or newer (24 LTS recommended, see .nvmrc); this is Node.js ${process.version}.`,
  );
  process.exit(1);
}
