/** The most the watch reads of one document (5 MB): its text is never longer. */
export const maxDocumentBytes = 5 * 1024 * 1024
