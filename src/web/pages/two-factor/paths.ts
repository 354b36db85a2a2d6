// Addresses of the 2FA pages, shared by the pages that send the user there.
/** Setting 2FA up: from the settings, and the mandatory set-up right after the password. */
export const SET_UP_PATH = '/app/tweefactor/instellen';
/** "Tweefactorauthenticatie (2FA)" in the user menu. */
export const SETTINGS_PATH = '/app/tweefactor';
/** "Tweefactorcode": the step after the password. */
export const STEP_PATH = '/inloggen/tweefactor';
