import { z } from 'zod';

/** A string that compiles as a regular expression (patterns in config files, checked like data). */
export const regexString = () =>
  z.string().min(1).refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression');
