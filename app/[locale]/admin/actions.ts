"use server";

import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { routing, type AppLocale } from "@/i18n/routing";
import { capexFormInput, formVersion, modelFormInput } from "@/lib/admin/form-input";
import { revalidateCachedViews } from "@/lib/cache/cached-views";
import type { AdminFormState } from "@/lib/admin/form-state";
import { adminSession, clearAdminToken, postedFromThisSite, storeAdminToken } from "@/lib/admin/session";
import { authorizeToken, editorTokens } from "@/lib/auth/admin-token";
import { updateCapexFigure } from "@/lib/db/capex-writes";
import { updateModel } from "@/lib/db/model-writes";
import { DuplicateRecordError, InvalidReferenceError, RecordNotFoundError, VersionConflictError } from "@/lib/db/write-errors";
import { capexFigureSchema } from "@/lib/validations/capex-figure";
import { toFieldErrors } from "@/lib/validations/field-errors";
import { modelUpdateSchema } from "@/lib/validations/model";

// Every action checks the Origin and the editor's cookie itself: an action is a public POST
// endpoint, whatever page rendered its form.

function formLocale(form: FormData): AppLocale {
  const value = form.get("locale");
  return typeof value === "string" && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

function answer(prev: AdminFormState, message: string, values: Record<string, unknown> | null, errors: Record<string, string> = {}): AdminFormState {
  return { message, errors, values, attempt: prev.attempt + 1 };
}

export async function signIn(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "Admin" });
  if (!(await postedFromThisSite())) return answer(prev, t("badOrigin"), null);
  const token = form.get("token");
  const result = authorizeToken(typeof token === "string" ? token.trim() : null, editorTokens());
  if (!result.ok) {
    const message = result.reason === "writes-disabled" ? t("writesDisabled") : result.reason === "missing-token" ? t("missingToken") : t("invalidToken");
    return answer(prev, message, null);
  }
  await storeAdminToken(String(token).trim());
  redirect(`/${locale}/admin`);
}

export async function signOut(form: FormData): Promise<void> {
  const locale = formLocale(form);
  if (await postedFromThisSite()) await clearAdminToken();
  redirect(`/${locale}/admin`);
}

type Guard = { ok: true; actor: string; t: Awaited<ReturnType<typeof getTranslations<"Admin">>> } | { ok: false; state: AdminFormState };

async function guardEdit(prev: AdminFormState, form: FormData, values: Record<string, unknown>): Promise<Guard> {
  const t = await getTranslations({ locale: formLocale(form), namespace: "Admin" });
  if (!(await postedFromThisSite())) return { ok: false, state: answer(prev, t("badOrigin"), values) };
  const session = await adminSession();
  if (!session.ok) return { ok: false, state: answer(prev, session.reason === "writes-disabled" ? t("writesDisabled") : t("notSignedIn"), values) };
  return { ok: true, actor: session.actor, t };
}

function writeFailure(prev: AdminFormState, error: unknown, values: Record<string, unknown>, t: Awaited<ReturnType<typeof getTranslations<"Admin">>>): AdminFormState {
  if (error instanceof VersionConflictError) return answer(prev, t("conflict", { version: error.currentVersion }), values);
  if (error instanceof RecordNotFoundError) return answer(prev, t("notFound"), values);
  if (error instanceof DuplicateRecordError) return answer(prev, t("duplicate", { detail: error.message }), values);
  if (error instanceof InvalidReferenceError) return answer(prev, t("fixErrors"), values, { [error.field]: error.message });
  throw error;
}

export async function saveModel(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = modelFormInput(form);
  const guard = await guardEdit(prev, form, values);
  if (!guard.ok) return guard.state;
  const { actor, t } = guard;
  const slug = String(form.get("slug") ?? "");
  const version = formVersion(form);
  const parsed = modelUpdateSchema.safeParse(values);
  if (!parsed.success) {
    return answer(prev, t("fixErrors"), values, Object.fromEntries(toFieldErrors(parsed.error).map((e) => [e.field.split(".")[0], e.message])));
  }
  let saved;
  try {
    saved = await updateModel(slug, version ?? -1, parsed.data, actor);
  } catch (error) {
    return writeFailure(prev, error, values, t);
  }
  // Every view this instance has rendered (and the browser's router cache), then the other instances'.
  revalidatePath("/", "layout");
  await revalidateCachedViews();
  redirect(`/${formLocale(form)}/admin?saved=${encodeURIComponent(saved.slug)}&version=${saved.version}`);
}

export async function saveCapexFigure(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = capexFormInput(form);
  const guard = await guardEdit(prev, form, values);
  if (!guard.ok) return guard.state;
  const { actor, t } = guard;
  const id = Number(form.get("id"));
  const version = formVersion(form);
  const parsed = capexFigureSchema.safeParse(values);
  if (!parsed.success) {
    return answer(prev, t("fixErrors"), values, Object.fromEntries(toFieldErrors(parsed.error).map((e) => [e.field.split(".")[0], e.message])));
  }
  let saved;
  try {
    saved = await updateCapexFigure(Number.isInteger(id) ? id : -1, version ?? -1, parsed.data, actor);
  } catch (error) {
    return writeFailure(prev, error, values, t);
  }
  // Every view this instance has rendered (and the browser's router cache), then the other instances'.
  revalidatePath("/", "layout");
  await revalidateCachedViews();
  redirect(`/${formLocale(form)}/admin?saved=capex:${saved.id}&version=${saved.version}`);
}
