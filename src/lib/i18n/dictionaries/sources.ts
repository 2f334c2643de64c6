// Interface text of the sources pages and components (see ../ui.ts).
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
