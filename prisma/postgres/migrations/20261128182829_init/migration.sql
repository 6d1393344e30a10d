-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
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
    "eventDate" TEXT NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Analyst" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "sac" TEXT NOT NULL,
    "sfc" TEXT NOT NULL,

    CONSTRAINT "Analyst_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ticker" TEXT,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiModel" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAsPrinted" TEXT,
    "companyId" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "paramsB" DOUBLE PRECISION,
    "moe" BOOLEAN NOT NULL,
    "inputs" TEXT NOT NULL,
    "outputs" TEXT NOT NULL,
    "openWeights" BOOLEAN NOT NULL,
    "released" TEXT NOT NULL,
    "caveatZh" TEXT,
    "caveatEn" TEXT,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapexFigure" (
    "id" SERIAL NOT NULL,
    "companyId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "usdBn" DOUBLE PRECISION,
    "usdBnLow" DOUBLE PRECISION,
    "usdBnHigh" DOUBLE PRECISION,
    "basis" TEXT NOT NULL,
    "line" TEXT,
    "origin" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "saidOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapexFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "TrainingRun" (
    "slug" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "gpu" TEXT NOT NULL,
    "gpuHoursMillion" DOUBLE PRECISION NOT NULL,
    "clusterGpus" INTEGER,
    "duration" TEXT,
    "costUsdMillion" DOUBLE PRECISION,
    "source" TEXT NOT NULL,

    CONSTRAINT "TrainingRun_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SavedScenario" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Analyst" ADD CONSTRAINT "Analyst_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapexFigure" ADD CONSTRAINT "CapexFigure_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
