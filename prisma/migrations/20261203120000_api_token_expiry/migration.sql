-- API tokens expire. Tokens made before this migration keep working, with the longest expiry a new
-- token may have (365 days) counted from the upgrade.
-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" DATETIME;

UPDATE "ApiToken" SET "expiresAt" = datetime('now', '+365 days') WHERE "expiresAt" IS NULL;
