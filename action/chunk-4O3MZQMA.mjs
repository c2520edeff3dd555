// src/model.ts
function emptyStats() {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, known: 0, errors: [] };
}

export {
  emptyStats
};
