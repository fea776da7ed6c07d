import { errorCode } from './errorCode.js';

/** The words for the system error codes a file operation meets, as a person would say them. */
const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'a path through something that is not a folder',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'a read-only file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'a name too long',
  ELOOP: 'a loop of symbolic links',
  EIO: 'an input/output error',
  EBUSY: 'busy',
  EFBIG: 'a file too large',
  EINVAL: 'an invalid argument',
  EXDEV: 'on another device',
  ENXIO: 'no such device',
  EPIPE: 'the reader closed the pipe',
  ETXTBSY: 'a file in use by a running program',
};

/**
 * Describes a failed file operation in words, with the path it was about:
 * `'no such file or folder: data/x.json'`.
 *
 * @remarks
 * The words come from the Node.js system error code (`ENOENT`, `EACCES`, …); an unknown code is
 * given as it is (`'EWHATEVER: data/x.json'`), an error without a code as `'error: …'`. The code
 * itself stays available on the error's `cause` when the caller keeps it.
 *
 * @param error - The caught error.
 * @param path - The path the operation was about.
 * @returns The description.
 *
 * @example
 * ```ts
 * import { describeFileError } from 'mining-impact/node';
 *
 * describeFileError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'data/x.json');
 * //=> 'no such file or folder: data/x.json'
 * ```
 *
 * @category Node
 */
export function describeFileError(error: unknown, path: string): string {
  const code = errorCode(error);
  return `${Object.hasOwn(WORDS, code) ? WORDS[code] : code}: ${path}`;
}
