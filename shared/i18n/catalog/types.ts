/** A catalog namespace: message key → ICU MessageFormat text (English is the source). */
export type Messages = { readonly [key: string]: string };

/** A translation of a namespace: every key of the English one, nothing else (tsc checks it). */
export type Translation<T extends Messages> = { readonly [K in keyof T]: string };
