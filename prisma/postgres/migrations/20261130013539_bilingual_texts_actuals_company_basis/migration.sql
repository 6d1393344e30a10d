-- Texts shown to readers become bilingual columns (xxxZh and xxxEn). Existing rows keep their text in
-- both columns, then the data migration of the seed (lib/seed/data-migrations.ts) gives the rows still
-- holding seeded text their Chinese edition and leaves texts an editor changed as they are.
-- (No semicolons in these comments: the PostgreSQL driver adapter splits the script on them.)
-- Like-for-like actuals gain filing columns, and company-basis amounts get a table of their own.

-- AlterTable
ALTER TABLE "AiModel" RENAME COLUMN "source" TO "sourceEn";
ALTER TABLE "AiModel" ADD COLUMN "sourceZh" TEXT;
UPDATE "AiModel" SET "sourceZh" = "sourceEn";
ALTER TABLE "AiModel" ALTER COLUMN "sourceZh" SET NOT NULL;

-- AlterTable
ALTER TABLE "CapexFigure" RENAME COLUMN "basis" TO "basisEn";
ALTER TABLE "CapexFigure" RENAME COLUMN "line" TO "lineEn";
ALTER TABLE "CapexFigure" RENAME COLUMN "source" TO "sourceEn";
ALTER TABLE "CapexFigure" ADD COLUMN "basisZh" TEXT,
ADD COLUMN     "lineZh" TEXT,
ADD COLUMN     "sourceZh" TEXT,
ADD COLUMN     "measureEn" TEXT,
ADD COLUMN     "measureZh" TEXT,
ADD COLUMN     "accession" TEXT,
ADD COLUMN     "filedOn" TEXT,
ADD COLUMN     "sourceUrl" TEXT;
UPDATE "CapexFigure" SET "basisZh" = "basisEn", "lineZh" = "lineEn", "sourceZh" = "sourceEn";
ALTER TABLE "CapexFigure" ALTER COLUMN "basisZh" SET NOT NULL,
ALTER COLUMN "sourceZh" SET NOT NULL;

-- AlterTable
ALTER TABLE "KeyFigure" RENAME COLUMN "source" TO "sourceEn";
ALTER TABLE "KeyFigure" ADD COLUMN "sourceZh" TEXT;
UPDATE "KeyFigure" SET "sourceZh" = "sourceEn";
ALTER TABLE "KeyFigure" ALTER COLUMN "sourceZh" SET NOT NULL;

-- AlterTable
ALTER TABLE "TrainingRun" RENAME COLUMN "source" TO "sourceEn";
ALTER TABLE "TrainingRun" ADD COLUMN "sourceZh" TEXT;
UPDATE "TrainingRun" SET "sourceZh" = "sourceEn";
ALTER TABLE "TrainingRun" ALTER COLUMN "sourceZh" SET NOT NULL;

-- CreateTable
CREATE TABLE "CapexCompanyBasis" (
    "id" SERIAL NOT NULL,
    "companyId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "saidOn" TEXT,
    "usdBn" DOUBLE PRECISION,
    "usdBnLow" DOUBLE PRECISION,
    "usdBnHigh" DOUBLE PRECISION,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapexCompanyBasis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CapexCompanyBasis_companyId_fiscalYear_kind_sequence_key" ON "CapexCompanyBasis"("companyId", "fiscalYear", "kind", "sequence");

-- AddForeignKey
ALTER TABLE "CapexCompanyBasis" ADD CONSTRAINT "CapexCompanyBasis_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
