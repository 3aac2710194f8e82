import { z } from 'astro/zod';

/**
 * An identifier an author chooses for a scenario, a node, a choice, a cast member or a flag.
 * Lower-case words joined by hyphens keep ids readable in URLs, saved progress and LMS reports.
 */
export const idSchema = z
  .string({ error: 'must be text, e.g. "phone-the-patient"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case words joined by hyphens, e.g. "phone-the-patient"',
  });

/** Text the learner reads; never empty. */
export const textSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' });

/** A calendar date written as YYYY-MM-DD. */
export const dateSchema = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** The two sides of the interface, plus the patient, whose journey both sides share. */
export const sideSchema = z.enum(['hospital', 'general-practice', 'patient'], {
  error: 'must be one of: hospital, general-practice, patient',
});

export type Side = z.infer<typeof sideSchema>;
