/**
 * Where the project lives: the one place that names its repository. The issue tracker (drift
 * reports), the published catalog (the daily check) and the app updates (electron-builder's GitHub
 * provider reads package.json "repository", which tests/unit/shared/project.test.ts keeps equal to
 * this) all follow from it.
 */

/** The project's GitHub repository, `owner/name`. */
export const PROJECT_REPOSITORY = 'objector-app/objector';

/** The repository's web address. */
export const PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`;

/** Where a person files an issue (in their own browser). */
export const PROJECT_NEW_ISSUE_URL = `${PROJECT_URL}/issues/new`;

/** The file name of the signed catalog bundle attached to each release. */
export const CATALOG_BUNDLE_NAME = 'objector-catalog.json';

/**
 * The signed catalog of the latest release: what the daily check fetches, when the person allows
 * it. GitHub answers with a redirect to the file itself.
 */
export const CATALOG_UPDATE_URL = `${PROJECT_URL}/releases/latest/download/${CATALOG_BUNDLE_NAME}`;
