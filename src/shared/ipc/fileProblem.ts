/**
 * Something went wrong with a file: shown in a banner, the document on screen stays as it was.
 * Its own module because both contracts (documents and exports) report it, and neither should
 * import the other for it.
 */
export interface FileProblem {
  title: string;
  message: string;
}
