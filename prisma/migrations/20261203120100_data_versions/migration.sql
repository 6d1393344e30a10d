-- Data versions (lib/db/data-versions.ts): the tables start empty, and the seed writes the baseline
-- version (the rows as they are) at the next start, so history begins from the data as it is.

-- AlterTable
ALTER TABLE "SavedScenario" ADD COLUMN "dataVersion" INTEGER;

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "actorKind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "auditEntryId" INTEGER
);

-- CreateTable
CREATE TABLE "DataRowHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "rowKey" TEXT NOT NULL,
    "data" TEXT,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "DataRowHistory_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DataVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DataRowHistory_versionId_idx" ON "DataRowHistory"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "DataRowHistory_entity_rowKey_versionId_key" ON "DataRowHistory"("entity", "rowKey", "versionId");
