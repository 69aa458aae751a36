/** At most this many people are saved in one batch, said plainly in the panel when reached. */
export const MAX_BATCH = 1000;
