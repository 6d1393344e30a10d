import { ApiProblem, problemResponse } from "@/lib/api/problem";
import { bearerToken } from "@/lib/auth/bearer";
import { isThisInstanceSecret, revalidateThisInstance } from "@/lib/cache/cached-views";

/** Only this server process calls this (lib/cache/follow-other-instances.ts), with its own secret. */
export async function POST(request: Request): Promise<Response> {
  if (!isThisInstanceSecret(bearerToken(request.headers.get("authorization")))) {
    return problemResponse(new ApiProblem(403, "forbidden", "Forbidden", "This endpoint is internal to the server."));
  }
  revalidateThisInstance();
  return new Response(null, { status: 204 });
}
