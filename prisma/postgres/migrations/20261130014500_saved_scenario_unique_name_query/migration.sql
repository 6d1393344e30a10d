-- CreateIndex
CREATE UNIQUE INDEX "SavedScenario_name_query_key" ON "SavedScenario"("name", "query");
