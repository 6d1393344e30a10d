"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";

import type { AppLocale } from "@/i18n/routing";
import { adminDonePath } from "@/lib/admin/done";
import { fieldMessages } from "@/lib/admin/field-messages";
import { capexFormInput, formVersion, modelFormInput } from "@/lib/admin/form-input";
import type { AdminFormState } from "@/lib/admin/form-state";
import { editorAction } from "@/lib/admin/session";
import { tokenNameProblem } from "@/lib/admin/token-name";
import { apiTokenExpiry } from "@/lib/auth/api-token-expiry";
import { newApiToken } from "@/lib/auth/api-token-format";
import { requestedLocale } from "@/lib/auth/return-path";
import { revalidateCachedViews } from "@/lib/cache/cached-views";
import { insertApiToken, isActiveTokenName, revokeApiToken } from "@/lib/db/api-tokens";
import type { AuditActor } from "@/lib/db/audit";
import { createCapexFigure, deleteCapexFigure, updateCapexFigure } from "@/lib/db/capex-writes";
import { createModel, deleteModel, updateModel } from "@/lib/db/model-writes";
import {
  DuplicateRecordError,
  InvalidReferenceError,
  RecordNotFoundError,
  VersionConflictError,
} from "@/lib/db/write-errors";
import { capexFigureSchema } from "@/lib/validations/capex-figure";
import { modelCreateSchema, modelUpdateSchema } from "@/lib/validations/model";

// Every action checks the Origin and the editor's session itself (lib/admin/session.ts): an action
// is a public POST endpoint, whatever page rendered its form. Field errors come from the same zod
// schemas as the API's, in the page's language.

type AdminT = Awaited<ReturnType<typeof getTranslations<"Admin">>>;
type Guarded =
  { ok: true; actor: AuditActor; ownerId: number; t: AdminT; locale: AppLocale } | { ok: false; state: AdminFormState };

function answer(
  prev: AdminFormState,
  message: string | null,
  values: Record<string, unknown> | null,
  errors: Record<string, string> = {},
): AdminFormState {
  return { message, errors, values, attempt: prev.attempt + 1, createdToken: null };
}

async function guard(prev: AdminFormState, form: FormData, values: Record<string, unknown> | null): Promise<Guarded> {
  const locale = requestedLocale(form.get("locale"));
  const t = await getTranslations({ locale, namespace: "Admin" });
  const access = await editorAction();
  if (!access.ok) {
    const message =
      access.reason === "bad-origin"
        ? t("badOrigin")
        : access.reason === "not-editor"
          ? t("notEditor")
          : t("notSignedIn");
    return { ok: false, state: answer(prev, message, values) };
  }
  return { ok: true, actor: access.actor, ownerId: access.principal.user.id, t, locale };
}

function localizedErrors(error: z.ZodError, t: AdminT): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldMessages(error)).map(([field, m]) => [field, t(`errors.${m.key}`, m.values ?? {})]),
  );
}

function writeFailure(
  prev: AdminFormState,
  error: unknown,
  values: Record<string, unknown>,
  t: AdminT,
  entity: "model" | "capex",
): AdminFormState {
  if (error instanceof VersionConflictError)
    return answer(prev, t("conflict", { version: error.currentVersion }), values);
  if (error instanceof RecordNotFoundError) return answer(prev, t("notFound"), values);
  if (error instanceof DuplicateRecordError)
    return answer(prev, entity === "model" ? t("duplicateModel") : t("duplicateCapex"), values);
  if (error instanceof InvalidReferenceError) {
    return answer(prev, t("fixErrors"), values, {
      [error.field]: error.field === "company" ? t("errors.unknownCompany") : t("errors.slugFromName"),
    });
  }
  throw error;
}

/** After a write: every view this instance has rendered (and the browser's router cache), then the other instances'. */
async function revalidateViews(): Promise<void> {
  revalidatePath("/", "layout");
  await revalidateCachedViews();
}

export async function saveModel(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const creating = form.get("mode") === "create";
  const newSlug = String(form.get("newSlug") ?? "").trim();
  const values = { ...modelFormInput(form), ...(creating ? { newSlug } : {}) };
  const guarded = await guard(prev, form, values);
  if (!guarded.ok) return guarded.state;
  const { actor, t, locale } = guarded;
  const { newSlug: _slug, ...fields } = values as typeof values & { newSlug?: string };
  let saved;
  try {
    if (creating) {
      const parsed = modelCreateSchema.safeParse({ ...fields, slug: newSlug || undefined });
      if (!parsed.success) return answer(prev, t("fixErrors"), values, renameSlug(localizedErrors(parsed.error, t)));
      saved = await createModel(parsed.data, actor);
    } else {
      const parsed = modelUpdateSchema.safeParse(fields);
      if (!parsed.success) return answer(prev, t("fixErrors"), values, localizedErrors(parsed.error, t));
      saved = await updateModel(String(form.get("slug") ?? ""), formVersion(form) ?? -1, parsed.data, actor);
    }
  } catch (error) {
    return writeFailure(prev, error, values, t, "model");
  }
  await revalidateViews();
  redirect(adminDonePath(locale, { done: creating ? "created" : "saved", model: saved.slug, version: saved.version }));
}

/** The create form names its slug field `newSlug` (the edit form's `slug` is the fixed key). */
function renameSlug(errors: Record<string, string>): Record<string, string> {
  const { slug, ...rest } = errors;
  return slug ? { ...rest, newSlug: slug } : rest;
}

export async function saveCapexFigure(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const creating = form.get("mode") === "create";
  const values = capexFormInput(form);
  const guarded = await guard(prev, form, values);
  if (!guarded.ok) return guarded.state;
  const { actor, t, locale } = guarded;
  const parsed = capexFigureSchema.safeParse(values);
  if (!parsed.success) return answer(prev, t("fixErrors"), values, localizedErrors(parsed.error, t));
  let saved;
  try {
    const id = Number(form.get("id"));
    saved = creating
      ? await createCapexFigure(parsed.data, actor)
      : await updateCapexFigure(Number.isInteger(id) ? id : -1, formVersion(form) ?? -1, parsed.data, actor);
  } catch (error) {
    return writeFailure(prev, error, values, t, "capex");
  }
  await revalidateViews();
  redirect(adminDonePath(locale, { done: creating ? "created" : "saved", capex: saved.id, version: saved.version }));
}

/** Deletes a model or capex figure at the version the page showed, once the editor confirmed. */
export async function deleteRecord(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const guarded = await guard(prev, form, null);
  if (!guarded.ok) return guarded.state;
  const { actor, t, locale } = guarded;
  if (form.get("confirm") !== "yes") return answer(prev, t("confirmRequired"), null);
  const entity = form.get("entity") === "capex" ? "capex" : "model";
  const key = String(form.get("key") ?? "");
  const version = formVersion(form) ?? -1;
  try {
    if (entity === "model") await deleteModel(key, version, actor);
    else await deleteCapexFigure(/^\d{1,9}$/.test(key) ? Number(key) : -1, version, actor);
  } catch (error) {
    return writeFailure(prev, error, {}, t, entity);
  }
  await revalidateViews();
  redirect(
    adminDonePath(
      locale,
      entity === "model" ? { done: "deleted", model: key } : { done: "deleted", capex: Number(key) },
    ),
  );
}

/** Makes a named API token for the signed-in editor; the answer carries it once, and only its hash is kept. */
export async function createApiToken(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const name = String(form.get("name") ?? "").trim();
  const lifetime = String(form.get("lifetime") ?? "");
  const values = { name, lifetime };
  const guarded = await guard(prev, form, values);
  if (!guarded.ok) return guarded.state;
  const { actor, ownerId, t, locale } = guarded;
  const problem = tokenNameProblem(name);
  if (problem) return answer(prev, t("fixErrors"), values, { name: t(`errors.${problem}`, { max: 60 }) });
  if (await isActiveTokenName(name)) return answer(prev, t("fixErrors"), values, { name: t("tokenNameTaken") });
  const expiresAt = apiTokenExpiry(lifetime);
  if (!expiresAt) {
    const te = await getTranslations({ locale, namespace: "tokenExpiry" });
    return answer(prev, t("fixErrors"), values, { lifetime: te("invalid") });
  }
  const made = newApiToken();
  await insertApiToken({ name, publicId: made.publicId, secretHash: made.secretHash, ownerId, expiresAt }, actor);
  revalidatePath(`/${locale}/admin/access`);
  return { ...answer(prev, null, null), createdToken: { name, token: made.token } };
}

export async function revokeToken(prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const guarded = await guard(prev, form, null);
  if (!guarded.ok) return guarded.state;
  const { actor, t, locale } = guarded;
  if (form.get("confirm") !== "yes") return answer(prev, t("confirmRequired"), null);
  const id = Number(form.get("id"));
  if (!Number.isInteger(id) || !(await revokeApiToken(id, actor))) return answer(prev, t("tokenAlreadyRevoked"), null);
  redirect(`/${locale}/admin/access?done=revoked`);
}
