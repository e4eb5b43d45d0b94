import { z } from 'zod';

/** The languages the app speaks, English first. */
export const languages = ['en', 'ru', 'hu'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/** BCP 47 locale used for Intl number and money formatting per language. */
export const localeOf: Record<Language, string> = { en: 'en-US', ru: 'ru-RU', hu: 'hu-HU' };
