import { checkDatabase, databaseProvider } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  const provider = databaseProvider();
  if (db.ok) return Response.json({ status: "ok", db: "ok", provider });
  return Response.json({ status: "error", db: "unreachable", provider, reason: db.reason }, { status: 503 });
}
