import { z } from '../zod';
import { SettingsSchema } from '../model';
import { createGroup as create, deleteGroup as removeGroup, GroupInputSchema, GroupPatchSchema, updateGroup as update } from '../contacts/groups';
import { renameTag as rename, RenameTagSchema } from '../contacts/tags';
import { loadSamples, removeSamples } from '../contacts/samples';
import { FieldDefInputSchema } from '../customFields/defs';
import { deleteFieldDef as removeFieldDef, saveFieldDef as saveDef } from '../customFields/repository';
import { deleteSegment as removeSegment, saveSegment as save, SegmentInputSchema } from '../segments/store';
import { saveSettings as saveAll } from '../settings/store';
import { operation } from './operation';

/** Groups, tags, custom fields, segments, settings and the sample contacts, run in-page. */
const id = z.number().int().positive();
const nothing = z.object({}).strict();

export const createGroup = /*#__PURE__*/ operation(GroupInputSchema, (input) => create(input));
export const updateGroup = /*#__PURE__*/ operation(GroupPatchSchema, (patch) => update(patch));
export const deleteGroup = /*#__PURE__*/ operation(z.object({ id }), ({ id }) => removeGroup(id));
export const renameTag = /*#__PURE__*/ operation(RenameTagSchema, ({ from, to }) => rename(from, to));
export const saveFieldDef = /*#__PURE__*/ operation(FieldDefInputSchema, (input) => saveDef(input));
export const deleteFieldDef = /*#__PURE__*/ operation(z.object({ key: z.string().regex(/^[a-z0-9_]{1,64}$/) }), ({ key }) => removeFieldDef(key));
export const saveSegment = /*#__PURE__*/ operation(SegmentInputSchema, (input) => save(input));
export const deleteSegment = /*#__PURE__*/ operation(z.object({ id }), ({ id }) => removeSegment(id));
export const saveSettings = /*#__PURE__*/ operation(SettingsSchema.partial().strict(), (patch) => saveAll(patch), { reminders: true });
export const loadSampleContacts = /*#__PURE__*/ operation(nothing, () => loadSamples());
export const removeSampleContacts = /*#__PURE__*/ operation(nothing, () => removeSamples());
