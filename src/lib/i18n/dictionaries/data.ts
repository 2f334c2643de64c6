// Interface text of the data pages and components (see ../ui.ts).
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
