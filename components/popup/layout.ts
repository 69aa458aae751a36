/** The popup's frame, shared by PopupPage and its first paint (firstPaint.ts), so the two look the same. */
export const POPUP_MAIN = 'w-[360px] space-y-3 p-3';
export const POPUP_HEADER = 'flex items-center justify-between';
export const POPUP_TITLE = 'text-base font-bold';
