-- Texts shown to readers become bilingual columns (xxxZh and xxxEn). Existing rows keep their text in
-- both columns, then the data migration of the seed (lib/seed/data-migrations.ts) gives the rows still
-- holding seeded text their Chinese edition and leaves texts an editor changed as they are.
-- (No semicolons in these comments: the PostgreSQL driver adapter splits the script on them.)
-- Like-for-like actuals gain filing columns, and company-basis amounts get a table of their own.
-- CreateTable
CREATE TABLE "CapexCompanyBasis" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "companyId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "saidOn" TEXT,
    "usdBn" REAL,
    "usdBnLow" REAL,
    "usdBnHigh" REAL,
    "periodZh" TEXT NOT NULL,
    "periodEn" TEXT NOT NULL,
    "basisZh" TEXT NOT NULL,
    "basisEn" TEXT NOT NULL,
    "whatZh" TEXT,
    "whatEn" TEXT,
    "origin" TEXT NOT NULL,
    "sourceZh" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL,
    "filedOn" TEXT,
    "sourceUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CapexCompanyBasis_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AiModel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAsPrinted" TEXT,
    "companyId" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "paramsB" REAL,
    "moe" BOOLEAN NOT NULL,
    "inputs" TEXT NOT NULL,
    "outputs" TEXT NOT NULL,
    "openWeights" BOOLEAN NOT NULL,
    "released" TEXT NOT NULL,
    "caveatZh" TEXT,
    "caveatEn" TEXT,
    "sourceZh" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AiModel_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AiModel" ("caveatEn", "caveatZh", "companyId", "id", "inputs", "moe", "nameAsPrinted", "nameEn", "nameZh", "openWeights", "outputs", "paramsB", "region", "released", "slug", "updatedAt", "version", "sourceZh", "sourceEn") SELECT "caveatEn", "caveatZh", "companyId", "id", "inputs", "moe", "nameAsPrinted", "nameEn", "nameZh", "openWeights", "outputs", "paramsB", "region", "released", "slug", "updatedAt", "version", "source", "source" FROM "AiModel";
DROP TABLE "AiModel";
ALTER TABLE "new_AiModel" RENAME TO "AiModel";
CREATE UNIQUE INDEX "AiModel_slug_key" ON "AiModel"("slug");
CREATE TABLE "new_CapexFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "companyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "usdBn" REAL,
    "usdBnLow" REAL,
    "usdBnHigh" REAL,
    "basisZh" TEXT NOT NULL,
    "basisEn" TEXT NOT NULL,
    "lineZh" TEXT,
    "lineEn" TEXT,
    "measureZh" TEXT,
    "measureEn" TEXT,
    "origin" TEXT NOT NULL,
    "sourceZh" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL,
    "saidOn" TEXT,
    "accession" TEXT,
    "filedOn" TEXT,
    "sourceUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CapexFigure_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CapexFigure" ("companyId", "id", "kind", "origin", "saidOn", "updatedAt", "usdBn", "usdBnHigh", "usdBnLow", "version", "year", "basisZh", "basisEn", "lineZh", "lineEn", "sourceZh", "sourceEn") SELECT "companyId", "id", "kind", "origin", "saidOn", "updatedAt", "usdBn", "usdBnHigh", "usdBnLow", "version", "year", "basis", "basis", "line", "line", "source", "source" FROM "CapexFigure";
DROP TABLE "CapexFigure";
ALTER TABLE "new_CapexFigure" RENAME TO "CapexFigure";
CREATE UNIQUE INDEX "CapexFigure_companyId_year_kind_key" ON "CapexFigure"("companyId", "year", "kind");
CREATE TABLE "new_KeyFigure" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "sourceZh" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL
);
INSERT INTO "new_KeyFigure" ("key", "origin", "unit", "value", "sourceZh", "sourceEn") SELECT "key", "origin", "unit", "value", "source", "source" FROM "KeyFigure";
DROP TABLE "KeyFigure";
ALTER TABLE "new_KeyFigure" RENAME TO "KeyFigure";
CREATE TABLE "new_TrainingRun" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "model" TEXT NOT NULL,
    "gpu" TEXT NOT NULL,
    "gpuHoursMillion" REAL NOT NULL,
    "clusterGpus" INTEGER,
    "duration" TEXT,
    "costUsdMillion" REAL,
    "sourceZh" TEXT NOT NULL,
    "sourceEn" TEXT NOT NULL
);
INSERT INTO "new_TrainingRun" ("clusterGpus", "costUsdMillion", "duration", "gpu", "gpuHoursMillion", "model", "slug", "sourceZh", "sourceEn") SELECT "clusterGpus", "costUsdMillion", "duration", "gpu", "gpuHoursMillion", "model", "slug", "source", "source" FROM "TrainingRun";
DROP TABLE "TrainingRun";
ALTER TABLE "new_TrainingRun" RENAME TO "TrainingRun";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CapexCompanyBasis_companyId_fiscalYear_kind_sequence_key" ON "CapexCompanyBasis"("companyId", "fiscalYear", "kind", "sequence");

