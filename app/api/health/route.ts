import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  if (db.ok) return Response.json({ status: "ok", db: "ok" });
  return Response.json({ status: "error", db: "unreachable", reason: db.reason }, { status: 503 });
}
