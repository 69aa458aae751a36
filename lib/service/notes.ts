import { z } from '../zod';
import { NOTE_LIMITS } from '../model/note';
import { addNote as add, deleteNote as remove, editNote as edit } from '../notes/notes';
import { operation } from './operation';

/** Notes on a contact (lib/notes is their one writer). The text is cleaned and checked again there; here only bounded. */
const text = z.string().min(1).max(NOTE_LIMITS.text * 2);
const id = z.number().int().positive();

export const addNote = /*#__PURE__*/ operation(z.object({ contactId: id, text }), ({ contactId, text }) => add(contactId, text));
export const editNote = /*#__PURE__*/ operation(z.object({ id, text }), ({ id, text }) => edit(id, text));
export const deleteNote = /*#__PURE__*/ operation(z.object({ id }), ({ id }) => remove(id));
