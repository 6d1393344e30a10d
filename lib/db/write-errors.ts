import "server-only";

/** What a write can fail with besides bad input; the API maps these to problems, the admin forms to messages. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} not found`);
  }
}

export class VersionConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super(`the record is at version ${currentVersion}`);
  }
}

export class DuplicateRecordError extends Error {}

export class InvalidReferenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
