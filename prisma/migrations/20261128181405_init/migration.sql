-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "published" TEXT NOT NULL,
    "regionZh" TEXT NOT NULL,
    "regionEn" TEXT NOT NULL,
    "typeZh" TEXT NOT NULL,
    "typeEn" TEXT NOT NULL,
    "sectorZh" TEXT NOT NULL,
    "sectorEn" TEXT NOT NULL,
    "ratingZh" TEXT NOT NULL,
    "ratingEn" TEXT NOT NULL,
    "eventDate" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Analyst" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "sac" TEXT NOT NULL,
    "sfc" TEXT NOT NULL,
    CONSTRAINT "Analyst_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ticker" TEXT
);

-- CreateTable
CREATE TABLE "AiModel" (
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
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AiModel_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CapexFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "companyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "usdBn" REAL,
    "usdBnLow" REAL,
    "usdBnHigh" REAL,
    "basis" TEXT NOT NULL,
    "line" TEXT,
    "origin" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "saidOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CapexFigure_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TrainingRun" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "model" TEXT NOT NULL,
    "gpu" TEXT NOT NULL,
    "gpuHoursMillion" REAL NOT NULL,
    "clusterGpus" INTEGER,
    "duration" TEXT,
    "costUsdMillion" REAL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SavedScenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_slug_key" ON "Report"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Analyst_reportId_position_key" ON "Analyst"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Company_ticker_key" ON "Company"("ticker");

-- CreateIndex
CREATE UNIQUE INDEX "AiModel_slug_key" ON "AiModel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CapexFigure_companyId_year_kind_key" ON "CapexFigure"("companyId", "year", "kind");
