/** Payload's cookie for the language a user picks in the admin's account settings (`${cookiePrefix}-lng`). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
