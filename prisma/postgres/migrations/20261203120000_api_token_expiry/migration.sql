-- API tokens expire. Tokens made before this migration keep working, with the longest expiry a new
-- token may have (365 days) counted from the upgrade.
-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" TIMESTAMP(3);

UPDATE "ApiToken" SET "expiresAt" = CURRENT_TIMESTAMP + INTERVAL '365 days' WHERE "expiresAt" IS NULL;
