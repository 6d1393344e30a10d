/** An API token's name as the admin form takes it: trimmed, 1–60 characters, no control characters. */
export function tokenNameProblem(name: string): "required" | "tooLong" | "format" | null {
  if (!name) return "required";
  if (name.length > 60) return "tooLong";
  if (/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(name)) return "format";
  return null;
}
